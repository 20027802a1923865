namespace DisputeBot.Channels.Telegram.Api;

/// <summary>
/// The envelope of a Bot API answer as <see cref="BotApiEnvelopeReader"/> read it. Success is <see cref="Ok"/>, never
/// the HTTP status. The result is not parsed here, only located (<see cref="ResultStart"/>, <see cref="ResultLength"/>;
/// length 0 when absent), so that a call reads only what it needs of it, and only on success.
/// </summary>
internal readonly record struct BotApiEnvelope(
    bool? Ok,
    int? ErrorCode,
    string? Description,
    int? RetryAfter,
    long? MigrateToChatId,
    int ResultStart,
    int ResultLength)
{
    /// <summary>Not part of the Bot API: servers that fail outside the envelope (the test emulator answers unsupported
    /// methods with <c>{"message": ...}</c>) put their reason there; it stands in for a missing description.</summary>
    public string? Message { get; init; }
}
