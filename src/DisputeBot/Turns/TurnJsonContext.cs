using System.Text.Json.Serialization;

namespace DisputeBot.Turns;

/// <summary>Source-generated serialization of the stored record.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ConversationRecord))]
internal sealed partial class TurnJsonContext : JsonSerializerContext;
