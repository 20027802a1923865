using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>The envelope of every Bot API answer. Success is <see cref="Ok"/>, never the HTTP status.</summary>
public sealed record BotApiResponse<T>
{
    [JsonPropertyName("ok")]
    public bool? Ok { get; init; }

    [JsonPropertyName("result")]
    public T? Result { get; init; }

    [JsonPropertyName("error_code")]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("parameters")]
    public BotApiResponseParameters? Parameters { get; init; }

    /// <summary>Not part of the Bot API: servers that fail outside the envelope (the test emulator answers
    /// unsupported methods with <c>{"message": ...}</c>) put their reason here.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
