using System.Text;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Storage;

/// <summary>
/// What every <see cref="IConversationStore"/> promises, run against each store (a subclass per store). Time-to-live
/// behaviour that needs the store's own clock is tested in the subclasses.
/// </summary>
public abstract class ConversationStoreContractTests : IAsyncLifetime
{
    private static readonly ConversationKey Key = new("telegram", "12345");

    private IConversationStore? _store;

    protected IConversationStore Store => _store ?? throw new InvalidOperationException("The store has not been created.");

    /// <summary>A fresh, empty store (its own key space), keeping conversations for <paramref name="timeToLive"/>.</summary>
    protected abstract Task<IConversationStore> CreateStoreAsync(TimeSpan timeToLive);

    /// <summary>Lets <paramref name="duration"/> pass as the store sees time.</summary>
    protected abstract Task PassTimeAsync(TimeSpan duration);

    /// <summary>The time to live used by <see cref="A_conversation_reads_as_missing_once_its_time_to_live_has_passed"/>.</summary>
    protected abstract TimeSpan ShortTimeToLive { get; }

    public virtual async Task InitializeAsync() => _store = await CreateStoreAsync(TimeSpan.FromDays(90));

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Loading_a_conversation_never_saved_gives_null()
    {
        Assert.Null(await Store.LoadAsync(Key, default));
    }

    [Fact]
    public async Task A_save_without_an_etag_creates_the_conversation()
    {
        var etag = await Store.TrySaveAsync(Key, Bytes("first"), null, default);

        Assert.False(string.IsNullOrEmpty(etag));
        var loaded = await Store.LoadAsync(Key, default);
        Assert.NotNull(loaded);
        Assert.Equal("first", Text(loaded));
        Assert.Equal(etag, loaded.ETag);
    }

    [Fact]
    public async Task A_second_save_without_an_etag_conflicts_and_keeps_the_first()
    {
        var first = await Store.TrySaveAsync(Key, Bytes("first"), null, default);

        var second = await Store.TrySaveAsync(Key, Bytes("second"), null, default);

        Assert.Null(second);
        var loaded = await Store.LoadAsync(Key, default);
        Assert.Equal("first", Text(loaded));
        Assert.Equal(first, loaded!.ETag);
    }

    [Fact]
    public async Task A_save_with_the_current_etag_replaces_the_state()
    {
        var first = await Store.TrySaveAsync(Key, Bytes("first"), null, default);

        var second = await Store.TrySaveAsync(Key, Bytes("second"), first, default);

        Assert.NotNull(second);
        var loaded = await Store.LoadAsync(Key, default);
        Assert.Equal("second", Text(loaded));
        Assert.Equal(second, loaded!.ETag);
    }

    [Fact]
    public async Task A_save_with_a_stale_etag_conflicts_and_keeps_the_newer_state()
    {
        var stale = await Store.TrySaveAsync(Key, Bytes("first"), null, default);
        var current = await Store.TrySaveAsync(Key, Bytes("second"), stale, default);

        var result = await Store.TrySaveAsync(Key, Bytes("late"), stale, default);

        Assert.Null(result);
        var loaded = await Store.LoadAsync(Key, default);
        Assert.Equal("second", Text(loaded));
        Assert.Equal(current, loaded!.ETag);
    }

    [Fact]
    public async Task A_save_with_an_etag_conflicts_when_nothing_is_stored()
    {
        var result = await Store.TrySaveAsync(Key, Bytes("orphan"), "some-etag", default);

        Assert.Null(result);
        Assert.Null(await Store.LoadAsync(Key, default));
    }

    [Fact]
    public async Task A_save_with_star_writes_whether_or_not_something_is_stored()
    {
        var created = await Store.TrySaveAsync(Key, Bytes("created"), "*", default);
        Assert.NotNull(created);
        Assert.Equal("created", Text(await Store.LoadAsync(Key, default)));

        var replaced = await Store.TrySaveAsync(Key, Bytes("replaced"), "*", default);

        Assert.NotNull(replaced);
        var loaded = await Store.LoadAsync(Key, default);
        Assert.Equal("replaced", Text(loaded));
        Assert.Equal(replaced, loaded!.ETag);
    }

    [Fact]
    public async Task Every_save_makes_a_new_etag()
    {
        var etags = new List<string>();
        string? etag = null;
        for (var i = 0; i < 10; i++)
        {
            etag = await Store.TrySaveAsync(Key, Bytes($"v{i}"), etag, default);
            Assert.NotNull(etag);
            etags.Add(etag);
        }

        etags.Add((await Store.TrySaveAsync(Key, Bytes("star"), "*", default))!);

        Assert.Equal(etags.Count, etags.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Delete_removes_the_conversation_and_it_can_start_again()
    {
        var old = await Store.TrySaveAsync(Key, Bytes("before"), null, default);

        await Store.DeleteAsync(Key, default);

        Assert.Null(await Store.LoadAsync(Key, default));
        Assert.Null(await Store.TrySaveAsync(Key, Bytes("stale"), old, default));
        Assert.NotNull(await Store.TrySaveAsync(Key, Bytes("again"), null, default));
        Assert.Equal("again", Text(await Store.LoadAsync(Key, default)));
    }

    [Fact]
    public async Task Deleting_a_conversation_never_saved_is_not_an_error()
    {
        await Store.DeleteAsync(new ConversationKey("msteams", "never-saved"), default);

        Assert.Null(await Store.LoadAsync(new ConversationKey("msteams", "never-saved"), default));
    }

    [Fact]
    public async Task Conversations_are_kept_apart()
    {
        var other = new ConversationKey("telegram", "67890");
        await Store.TrySaveAsync(Key, Bytes("mine"), null, default);
        await Store.TrySaveAsync(other, Bytes("theirs"), null, default);

        await Store.DeleteAsync(other, default);

        Assert.Equal("mine", Text(await Store.LoadAsync(Key, default)));
        Assert.Null(await Store.LoadAsync(other, default));
    }

    [Fact]
    public async Task Keys_with_unusual_characters_round_trip_without_colliding()
    {
        ConversationKey[] keys =
        [
            new("msteams", "29:1a-b;messageid=1@thread.tacv2"),
            new("msteams", "a:29:1a-b;messageid=1@thread.tacv2"),
            new("webchat", "{x}"),
            new("webchat", "{x"),
            new("webchat", "x}"),
            new("webchat", "}{"),
            new("webchat", "with spaces and\ttabs"),
            new("webchat", "with_spaces_and_tabs"),
            new("telegram", "😀 émoji ünïcødé 中文"),
            new("telegram", "%F0%9F%98%80"),
            new("telegram", "%41"),
            new("telegram", "A"),
            new("a/b", "c"),
            new("a", "b/c"),
            new("a", "b%2Fc"),
            new("directline", ""),
            new("", "directline"),
            new("telegram", "\ud800 lone surrogate"),
            new("telegram", "\ufffd lone surrogate"),
            new("telegram", "*?[]\\ glob characters"),
            new("telegram", "line\r\nbreak\0nul"),
        ];

        foreach (var key in keys)
        {
            Assert.NotNull(await Store.TrySaveAsync(key, Bytes(Describe(key)), null, default));
        }

        foreach (var key in keys)
        {
            Assert.Equal(Bytes(Describe(key)), (await Store.LoadAsync(key, default))!.Payload.ToArray());
        }

        foreach (var key in keys)
        {
            await Store.DeleteAsync(key, default);
            Assert.Null(await Store.LoadAsync(key, default));
        }
    }

    [Fact]
    public async Task Stored_bytes_come_back_exactly()
    {
        var payload = new byte[64 * 1024];
        new Random(7).NextBytes(payload);
        payload[0] = 0;
        payload[^1] = 0xFF;

        await Store.TrySaveAsync(Key, payload, null, default);

        Assert.Equal(payload, (await Store.LoadAsync(Key, default))!.Payload.ToArray());
    }

    [Fact]
    public async Task A_slice_of_a_larger_buffer_is_stored_as_the_slice()
    {
        var buffer = Encoding.UTF8.GetBytes("xxpayloadxx");

        await Store.TrySaveAsync(Key, buffer.AsMemory(2, 7), null, default);

        Assert.Equal("payload", Text(await Store.LoadAsync(Key, default)));
    }

    [Fact]
    public async Task Of_many_concurrent_creates_exactly_one_wins()
    {
        var saves = Enumerable.Range(0, 32).Select(i => Store.TrySaveAsync(Key, Bytes($"writer {i}"), null, default));

        var results = await Task.WhenAll(saves);

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, (await Store.LoadAsync(Key, default))!.ETag);
    }

    [Fact]
    public async Task Of_many_concurrent_saves_from_the_same_etag_exactly_one_wins()
    {
        var etag = await Store.TrySaveAsync(Key, Bytes("base"), null, default);
        var saves = Enumerable.Range(0, 32).Select(i => Store.TrySaveAsync(Key, Bytes($"writer {i}"), etag, default));

        var results = await Task.WhenAll(saves);

        var index = Array.FindIndex(results, r => r is not null);
        Assert.Single(results, r => r is not null);
        var loaded = await Store.LoadAsync(Key, default);
        Assert.Equal($"writer {index}", Text(loaded));
        Assert.Equal(results[index], loaded!.ETag);
    }

    [Fact]
    public async Task A_conversation_reads_as_missing_once_its_time_to_live_has_passed()
    {
        var store = await CreateStoreAsync(ShortTimeToLive);
        var stale = await store.TrySaveAsync(Key, Bytes("short-lived"), null, default);

        await PassTimeAsync(ShortTimeToLive * 3);

        Assert.Null(await store.LoadAsync(Key, default));
        Assert.Null(await store.TrySaveAsync(Key, Bytes("stale"), stale, default));
        Assert.NotNull(await store.TrySaveAsync(Key, Bytes("new"), null, default));
    }

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string? Text(StoredState? state) => state is null ? null : Encoding.UTF8.GetString(state.Payload.Span);

    /// <summary>A payload unique to the key (UTF-16 code units, so even lone surrogates stay distinct).</summary>
    private static string Describe(ConversationKey key) =>
        string.Join(',', key.Channel.Select(c => (int)c)) + "/" + string.Join(',', key.ConversationId.Select(c => (int)c));
}
