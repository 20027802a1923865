using DisputeBot.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Storage;

/// <summary>The store contract against the in-memory store, on a clock the tests move.</summary>
public sealed class InMemoryConversationStoreTests : ConversationStoreContractTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    protected override TimeSpan ShortTimeToLive => TimeSpan.FromMinutes(5);

    protected override Task<IConversationStore> CreateStoreAsync(TimeSpan timeToLive) =>
        Task.FromResult<IConversationStore>(new InMemoryConversationStore(_time, Options.Create(new StateStoreOptions { TimeToLive = timeToLive })));

    protected override Task PassTimeAsync(TimeSpan duration)
    {
        _time.Advance(duration);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_conversation_is_kept_until_its_time_to_live_has_passed()
    {
        var key = new ConversationKey("telegram", "1");
        var store = await CreateStoreAsync(TimeSpan.FromDays(90));
        await store.TrySaveAsync(key, Bytes("kept"), null, default);

        _time.Advance(TimeSpan.FromDays(90) - TimeSpan.FromSeconds(1));
        Assert.Equal("kept", Text(await store.LoadAsync(key, default)));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await store.LoadAsync(key, default));
    }

    [Fact]
    public async Task Every_save_restarts_the_time_to_live()
    {
        var key = new ConversationKey("telegram", "1");
        var store = await CreateStoreAsync(TimeSpan.FromDays(90));
        var etag = await store.TrySaveAsync(key, Bytes("first"), null, default);

        _time.Advance(TimeSpan.FromDays(60));
        await store.TrySaveAsync(key, Bytes("second"), etag, default);
        _time.Advance(TimeSpan.FromDays(60));

        Assert.Equal("second", Text(await store.LoadAsync(key, default)));
    }

    [Fact]
    public async Task An_expired_conversation_can_be_created_again_without_an_etag()
    {
        var key = new ConversationKey("telegram", "1");
        var store = await CreateStoreAsync(TimeSpan.FromMinutes(5));
        await store.TrySaveAsync(key, Bytes("old"), null, default);
        _time.Advance(TimeSpan.FromMinutes(6));

        // No load first: the expired entry is still in the dictionary when the create arrives.
        var created = await store.TrySaveAsync(key, Bytes("new"), null, default);

        Assert.NotNull(created);
        Assert.Equal("new", Text(await store.LoadAsync(key, default)));
    }
}
