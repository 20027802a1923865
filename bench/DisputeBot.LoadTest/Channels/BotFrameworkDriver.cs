using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Turns over <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>: the replies come back in the response
/// body, so a turn is answered when its response arrives. Buttons are pressed as a Web Chat client would: imBack
/// sends the value as text, messageBack and postBack send the value (and text, if any), Action.Submit sends the data.
/// </summary>
internal sealed class BotFrameworkDriver(HttpClient http, IReadOnlyList<Uri> instances, string channelId = "webchat") : ITurnDriver
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly Uri[] _endpoints = [.. instances.Select(i => new Uri(i, "api/messages"))];

    public string Name => "botframework";

    public int Instances => _endpoints.Length;

    public async Task<TurnOutcome> RunTurnAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        var updateId = $"{shopper.ConversationId}-{shopper.Turns + 1}";
        var body = Activity(shopper, updateId, shopper.LastAction!);
        shopper.SentUpdateIds.Add(updateId);
        shopper.LastRequest = body;
        shopper.LastInstance = instance;

        var started = Stopwatch.GetTimestamp();
        try
        {
            var (status, replies) = await PostAsync(body, instance, cancellationToken);
            var elapsed = Stopwatch.GetTimestamp() - started;
            if (status != 200)
            {
                return TurnOutcome.Failed(instance, elapsed, "http " + status);
            }

            if (replies.Count == 0)
            {
                return TurnOutcome.Failed(instance, elapsed, "no reply");
            }

            if (BotMessage.AnyRepeated(replies))
            {
                return TurnOutcome.Failed(instance, elapsed, "same reply twice");
            }

            ShopperScript.Observe(shopper, replies);
            return TurnOutcome.Ok(instance, elapsed);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException)
        {
            return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, LoadHttpClient.Classify(exception));
        }
    }

    public async Task<bool> RedeliverAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        var (status, replies) = await PostAsync(shopper.LastRequest!, instance, cancellationToken);
        return status == 200 && replies.Count > 0;
    }

    private async Task<(int Status, List<BotMessage> Replies)> PostAsync(byte[] body, int instance, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(_endpoints[instance], content, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return ((int)response.StatusCode, response.IsSuccessStatusCode && bytes.Length > 0 ? ReadReplies(bytes) : []);
    }

    private byte[] Activity(Shopper shopper, string updateId, ShopperAction action)
    {
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "message");
            writer.WriteString("id", updateId);
            writer.WriteString("timestamp", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("localTimestamp", DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(2)).ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("serviceUrl", "http://127.0.0.1:9/");
            writer.WriteString("channelId", channelId);
            writer.WriteStartObject("from");
            writer.WriteString("id", shopper.UserId);
            writer.WriteString("role", "user");
            writer.WriteEndObject();
            writer.WriteStartObject("conversation");
            writer.WriteString("id", shopper.ConversationId);
            writer.WriteEndObject();
            writer.WriteStartObject("recipient");
            writer.WriteString("id", "disputebot");
            writer.WriteString("role", "bot");
            writer.WriteEndObject();
            writer.WriteString("locale", "en-US");
            writer.WriteString("deliveryMode", "expectReplies");
            switch (action)
            {
                case StartAction:
                    writer.WriteString("text", "hi");
                    break;
                case TextAction text:
                    writer.WriteString("text", text.Text);
                    break;
                case ChooseAction { Choice.Payload: CardActionPress press }:
                    if (press.Text is not null)
                    {
                        writer.WriteString("text", press.Text);
                    }

                    if (press.RawValue is { } value)
                    {
                        writer.WritePropertyName("value");
                        writer.WriteRawValue(value, skipInputValidation: true);
                    }

                    break;
                case ChooseAction choose:
                    writer.WriteString("text", choose.Choice.Label);
                    break;
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static List<BotMessage> ReadReplies(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var replies = new List<BotMessage>();
        if (!document.RootElement.TryGetProperty("activities", out var activities))
        {
            return replies;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.TryGetProperty("type", out var type) && type.GetString() != "message")
            {
                continue;
            }

            var text = new StringBuilder(Str(activity, "text"));
            var choices = new List<OfferedChoice>();
            var isCard = false;
            if (activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            {
                foreach (var attachment in attachments.EnumerateArray())
                {
                    if (!attachment.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    isCard = true;
                    Flatten(content, text);
                    foreach (var listName in (string[])["buttons", "actions"])
                    {
                        if (content.TryGetProperty(listName, out var buttons) && buttons.ValueKind == JsonValueKind.Array)
                        {
                            choices.AddRange(buttons.EnumerateArray().Select(Choice).OfType<OfferedChoice>());
                        }
                    }
                }
            }

            if (activity.TryGetProperty("suggestedActions", out var suggested) && suggested.TryGetProperty("actions", out var actions))
            {
                choices.AddRange(actions.EnumerateArray().Select(Choice).OfType<OfferedChoice>());
            }

            replies.Add(new BotMessage(text.ToString(), choices, isCard));
        }

        return replies;
    }

    /// <summary>Card text for the script (titles, texts, fact values), in document order.</summary>
    private static void Flatten(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "title" or "subtitle" or "text" or "value" or "body" or "facts" or "items" or "columns")
                    {
                        Flatten(property.Value, text);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, text);
                }

                break;
            case JsonValueKind.String:
                text.Append('\n').Append(element.GetString());
                break;
        }
    }

    private static OfferedChoice? Choice(JsonElement action)
    {
        var type = Str(action, "type");
        var title = Str(action, "title");
        // Read in place (no Clone: a cloned element copies the document); only the raw text is kept for the press.
        JsonElement? value = action.TryGetProperty("value", out var v) ? v
            : action.TryGetProperty("data", out var d) ? d : null;
        var raw = value?.GetRawText();
        string? id = null;
        if (value is { ValueKind: JsonValueKind.Object } obj)
        {
            id = obj.TryGetProperty("choice", out var c) ? c.GetString()
                : obj.TryGetProperty("choiceId", out var c2) ? c2.GetString()
                : obj.TryGetProperty("id", out var c3) ? c3.GetString() : null;
        }

        var press = type switch
        {
            "imBack" => new CardActionPress(value?.ValueKind == JsonValueKind.String ? value.Value.GetString() : title, null),
            "messageBack" => new CardActionPress(action.TryGetProperty("text", out var t) ? t.GetString() : null, raw),
            "postBack" => new CardActionPress(value?.ValueKind == JsonValueKind.String ? value.Value.GetString() : null, raw),
            "Action.Submit" => new CardActionPress(null, raw),
            _ => null,
        };
        if (press is null)
        {
            return null;
        }

        return new OfferedChoice(id ?? (value?.ValueKind == JsonValueKind.String ? Slug(value.Value.GetString()) : Slug(title)), title ?? id ?? "", press);
    }

    private static string? Slug(string? label) =>
        label is null ? null : string.Join("_", label.ToLowerInvariant().Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries));

    private static string Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
