using System.Text.Json.Serialization;

namespace DisputeBot.Handoff;

/// <summary>Source-generated reading of what a person posts back.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(AgentReply))]
internal sealed partial class HandoffJsonContext : JsonSerializerContext;
