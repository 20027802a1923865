using System.Text.Json.Serialization;

namespace DisputeBot.Channels.DirectLine.Wire;

/// <summary>The id given to a posted activity.</summary>
internal sealed record DirectLineResourceResponse([property: JsonPropertyName("id")] string Id);
