using System.Text.Json.Serialization;

namespace DisputeBot.Channels.BotFramework.Schema;

/// <summary>Source-generated (de)serialization of activities. Prefer <see cref="BotFrameworkJson.Context"/>, which
/// adds case-insensitive reading and compact (unescaped non-ASCII) writing.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(ChoiceValue))]
[JsonSerializable(typeof(ChoiceValue[]))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(string))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> response.</summary>
public sealed class ExpectedReplies
{
    [JsonPropertyName("activities")] public List<Activity> Activities { get; set; } = [];
}
