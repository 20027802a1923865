using System.Text.Json.Serialization;

namespace DisputeBot.Channels.BotFramework.Schema;

/// <summary>
/// What a choice button carries back in <c>activity.value</c> (Web Chat and Direct Line <c>messageBack</c>, Adaptive
/// Card <c>Action.Submit</c> data): the choice id and the prompt it belonged to.
/// </summary>
public sealed class ChoiceValue
{
    [JsonPropertyName("choice")] public string? Choice { get; set; }
    [JsonPropertyName("prompt")] public int? Prompt { get; set; }
}
