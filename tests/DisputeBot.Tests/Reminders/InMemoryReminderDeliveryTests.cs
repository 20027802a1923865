using DisputeBot.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Reminders;

/// <summary>Reminders on the in-memory store and schedule (one process: the "instances" share them).</summary>
public sealed class InMemoryReminderDeliveryTests : ReminderDeliveryContractTests
{
    private readonly InMemoryConversationStore _store;
    private readonly InMemoryReminderSchedule _schedule = new();

    public InMemoryReminderDeliveryTests() => _store = new InMemoryConversationStore(Time, Options.Create(new StateStoreOptions()));

    protected override Task LetOutboxLeasesEndAsync(TimeSpan lease)
    {
        Time.Advance(lease);
        return Task.CompletedTask;
    }

    protected override Task<(IConversationStore Store, IReminderSchedule Schedule)> ConnectAsync() =>
        Task.FromResult<(IConversationStore, IReminderSchedule)>((_store, _schedule));
}
