using System.Text.Json.Serialization;

namespace DisputeBot.Channels.BotFramework.Schema;

/// <summary>The body answered to an <c>invoke</c> (Adaptive Card <c>Action.Execute</c> / <c>adaptiveCard/action</c>):
/// a short message the client shows, since the real replies are sent as activities.</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string MessageType = "application/vnd.microsoft.activity.message";

    [JsonPropertyName("statusCode")] public int StatusCode { get; set; } = 200;
    [JsonPropertyName("type")] public string Type { get; set; } = MessageType;
    [JsonPropertyName("value")] public string? Value { get; set; }
}
