using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisputeBot.Channels.BotFramework.Schema;

/// <summary>A Bot Framework activity, the fields this bot reads and writes. Unknown fields are ignored on read.</summary>
public sealed class Activity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; set; }
    [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; set; }
    [JsonPropertyName("membersAdded")] public List<ChannelAccount>? MembersAdded { get; set; }
    [JsonPropertyName("entities")] public List<JsonElement>? Entities { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string InvokeResponse = "invokeResponse";
    public const string Event = "event";
}

public sealed class ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
}

public sealed class ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
}

public sealed class Attachment
{
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("content")] public JsonElement? Content { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; set; }
}

public sealed class SuggestedActions
{
    [JsonPropertyName("to")] public List<string>? To { get; set; }
    [JsonPropertyName("actions")] public List<CardAction> Actions { get; set; } = [];
}

public sealed class CardAction
{
    [JsonPropertyName("type")] public string Type { get; set; } = "imBack";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("displayText")] public string? DisplayText { get; set; }
}
