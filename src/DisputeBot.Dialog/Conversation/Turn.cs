namespace DisputeBot.Dialog.Conversation;

/// <summary>One incoming user action, already translated from its channel.</summary>
/// <param name="UpdateId">The channel's id for this delivery; a redelivery carries the same id.</param>
/// <param name="UserId">The channel's user id (an opaque id, never a name).</param>
/// <param name="Locale">IETF language tag the channel reported (en-GB, pt-BR), if any.</param>
/// <param name="Input">What the user did.</param>
/// <param name="UtcOffset">The user's offset from UTC when the channel knows it (Bot Framework's localTimestamp),
/// so "today" and deadlines are the user's own days.</param>
/// <param name="TimeZone">The user's time zone as an IANA id when the channel reports it (Bot Framework's
/// localTimezone): reminders keep to the user's daytime.</param>
/// <param name="Handoff">How a person can take this conversation over, as the host is configured for its channel.</param>
public sealed record Turn(string UpdateId, string UserId, string? Locale, TurnInput Input, TimeSpan? UtcOffset = null, HandoffMode Handoff = HandoffMode.None, string? TimeZone = null);
