using System.Text.Json.Serialization;

namespace DisputeBot.Support;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SupportReport))]
internal sealed partial class SupportJsonContext : JsonSerializerContext;
