using DisputeBot.Storage;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Reminders;

/// <summary>The in-memory reminder schedule (the embedded default).</summary>
public sealed class InMemoryReminderScheduleTests : ReminderScheduleContractTests
{
    protected override Task<IReminderSchedule> CreateAsync() => Task.FromResult<IReminderSchedule>(new InMemoryReminderSchedule());
}
