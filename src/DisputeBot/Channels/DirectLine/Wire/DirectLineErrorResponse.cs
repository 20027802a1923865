using System.Text.Json.Serialization;

namespace DisputeBot.Channels.DirectLine.Wire;

/// <summary>An error body as Direct Line sends it: <c>{"error":{"code":…,"message":…}}</c>.</summary>
internal sealed record DirectLineErrorResponse([property: JsonPropertyName("error")] DirectLineError Error);

/// <summary>The code says what kind of failure; the message says what to do about it.</summary>
internal sealed record DirectLineError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
