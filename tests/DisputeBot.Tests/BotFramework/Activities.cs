using System.Text.Json.Nodes;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Inbound activities as channels send them (JSON, so tests can also send what no typed model would).</summary>
public static class Activities
{
    public static JsonObject Message(string text, string channelId = "webchat", string? serviceUrl = "https://webchat.botframework.com/", string conversationId = "conv-1", string? id = "act-1", string userId = "user-1") =>
        Base(ActivityTypesText.Message, channelId, serviceUrl, conversationId, id, userId, "bot-1", text);

    public static JsonObject Teams(string text, string serviceUrl, string? id = TestIds.TeamsActivityId) =>
        Base(ActivityTypesText.Message, "msteams", serviceUrl, TestIds.TeamsConversationId, id, TestIds.TeamsUserId, TestIds.TeamsBotId, text);

    public static JsonObject ConversationUpdate(string channelId = "webchat", string? serviceUrl = "https://webchat.botframework.com/", string conversationId = "conv-1", params string[] membersAdded)
    {
        var activity = Base(ActivityTypesText.ConversationUpdate, channelId, serviceUrl, conversationId, "update-1", null, "bot-1", null);
        activity["membersAdded"] = new JsonArray(membersAdded.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray());
        return activity;
    }

    private static JsonObject Base(string type, string channelId, string? serviceUrl, string conversationId, string? id, string? from, string recipient, string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["channelId"] = channelId,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = recipient, ["name"] = "DisputeBot" },
            ["locale"] = "en-GB",
            ["timestamp"] = "2026-11-22T10:00:00Z",
        };
        if (id is not null)
        {
            activity["id"] = id;
        }

        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        if (from is not null)
        {
            activity["from"] = new JsonObject { ["id"] = from, ["name"] = "Buyer" };
        }

        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    private static class ActivityTypesText
    {
        public const string Message = "message";
        public const string ConversationUpdate = "conversationUpdate";
    }
}
