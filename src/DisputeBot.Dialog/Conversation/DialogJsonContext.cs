using System.Text.Json.Serialization;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Source-generated serialization for <see cref="DialogState"/>: no reflection on the turn path.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DialogState))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
