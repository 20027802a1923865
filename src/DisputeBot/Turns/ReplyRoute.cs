namespace DisputeBot.Turns;

/// <summary>How a turn's replies will be sent: through the outbox, by the <see cref="IReplySender"/> named
/// <paramref name="Sender"/>, in reply to <paramref name="ReplyToId"/> (the channel's id of the incoming message).</summary>
public sealed record ReplyRoute(string Sender, string? ReplyToId = null, string? Locale = null);
