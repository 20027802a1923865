using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// The Bot Framework handoff protocol, as contact-centre products (Dynamics 365 Omnichannel, LivePerson and others)
/// read it: the bot sends an <c>event</c> named <c>handoff.initiate</c> in the conversation, its <c>value</c> the
/// context an agent hub routes by and a "Transcript" attachment (<c>application/json</c>, <c>{"activities":[…]}</c>)
/// with the latest messages; the hub answers with <c>handoff.status</c> events whose <c>value.state</c> is
/// <c>accepted</c>, <c>failed</c> or <c>completed</c>.
/// </summary>
public static class HandoffProtocol
{
    public const string InitiateEvent = "handoff.initiate";
    public const string StatusEvent = "handoff.status";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string TranscriptName = "Transcript";

    /// <summary>The <c>handoff.initiate</c> event for a request; the caller addresses it like any reply.</summary>
    public static Activity Initiation(HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new JsonObject
        {
            ["reason"] = request.Reason == HandoffReason.Asked ? "asked" : "not_understood",
            ["language"] = request.Language,
            ["summary"] = request.Summary,
        };
        var transcript = new JsonArray();
        foreach (var line in request.Recent)
        {
            transcript.Add(new JsonObject
            {
                ["type"] = ActivityTypes.Message,
                ["timestamp"] = line.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["from"] = new JsonObject { ["role"] = line.FromBuyer ? "user" : "bot" },
                ["text"] = line.Text,
            });
        }

        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = InitiateEvent,
            Value = Element(context),
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = TranscriptName,
                    Content = Element(new JsonObject { ["activities"] = transcript }),
                },
            ],
        };
    }

    /// <summary>Once per handoff: read back through a document rather than a source-generated context for a node.</summary>
    private static JsonElement Element(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
