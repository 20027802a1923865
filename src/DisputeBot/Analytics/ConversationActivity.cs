namespace DisputeBot.Analytics;

/// <summary>Where a conversation stands after a turn, for noticing when it is abandoned.</summary>
/// <param name="Id">A one-way hash of the conversation's key (never the channel's ids).</param>
/// <param name="Step">The dialog step it is at.</param>
/// <param name="Finished">It reached its summary or asked for a person: no longer watched.</param>
public sealed record ConversationActivity(string Id, DateTimeOffset LastActivity, string Step, bool Finished);
