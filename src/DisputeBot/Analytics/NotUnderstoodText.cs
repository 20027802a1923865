namespace DisputeBot.Analytics;

/// <summary>A message the bot could not place, with personal data already removed.</summary>
public sealed record NotUnderstoodText(DateTimeOffset At, string Text);
