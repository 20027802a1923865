namespace DisputeBot.Turns;

/// <summary>A conversation claimed by one instance to send its due reminders. <see cref="Version"/> is the count of
/// wake-ups written when it was claimed, which lets <see cref="IReminderSchedule.FinishAsync"/> see a newer one.</summary>
public sealed record ReminderClaim(ConversationKey Key, long Version);
