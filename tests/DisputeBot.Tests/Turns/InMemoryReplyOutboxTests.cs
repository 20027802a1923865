using DisputeBot.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Turns;

/// <summary>The reply outbox of the in-memory store, on a clock the tests move.</summary>
public sealed class InMemoryReplyOutboxTests : ReplyOutboxContractTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    protected override TimeSpan Lease => TimeSpan.FromSeconds(30);

    protected override TimeProvider Time => _time;

    protected override Task<IConversationStore> CreateStoreAsync() =>
        Task.FromResult<IConversationStore>(new InMemoryConversationStore(_time, Options.Create(new StateStoreOptions())));

    protected override Task PassTimeAsync(TimeSpan duration)
    {
        _time.Advance(duration);
        return Task.CompletedTask;
    }
}
