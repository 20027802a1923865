namespace DisputeBot.Analytics;

/// <summary>A conversation that went idle before its summary, claimed by one sweeper to be counted as abandoned.</summary>
public sealed record IdleConversation(string Id, DateTimeOffset LastActivity, string Step);
