using System.Text.Json.Serialization;

namespace DisputeBot.Channels.BotFramework.Schema;

/// <summary>Source-generated (de)serialization of activities.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> response.</summary>
public sealed class ExpectedReplies
{
    [JsonPropertyName("activities")] public List<Activity> Activities { get; set; } = [];
}
