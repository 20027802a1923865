using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;
using Moq;

namespace DisputeBot.Tests.Turns;

/// <summary>The pipeline's promises that need a store misbehaving on purpose.</summary>
public sealed class TurnPipelineTests
{
    private static readonly ConversationKey Key = new("telegram", "42");

    [Fact]
    public async Task A_turn_that_keeps_losing_the_save_race_asks_to_resend_and_sends_no_dialog_reply()
    {
        var store = new Mock<IConversationStore>();
        store.Setup(s => s.LoadAsync(Key, It.IsAny<CancellationToken>())).ReturnsAsync((StoredState?)null);
        store.Setup(s => s.TrySaveAsync(Key, It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync((string?)null);
        var dialog = new CountingDialog();

        var result = await NewPipeline(store.Object, dialog, maxRetries: 3).RunAsync(Key, CountingDialog.Text("u1"), null, default);

        Assert.Equal(TurnOutcome.Conflicted, result.Outcome);
        Assert.Equal([new TextReply("notice: PleaseResend")], result.Replies);
        Assert.Equal(4, dialog.Runs);
        store.Verify(s => s.TrySaveAsync(Key, It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Exactly(4));
    }

    [Fact]
    public async Task A_store_failing_on_save_gets_the_unavailable_notice_instead_of_the_dialogs_replies()
    {
        var store = new Mock<IConversationStore>();
        store.Setup(s => s.LoadAsync(Key, It.IsAny<CancellationToken>())).ReturnsAsync((StoredState?)null);
        store.Setup(s => s.TrySaveAsync(Key, It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("down"));

        var result = await NewPipeline(store.Object, new CountingDialog()).RunAsync(Key, CountingDialog.Text("u1"), null, default);

        Assert.Equal(TurnOutcome.Unavailable, result.Outcome);
        Assert.Equal([new TextReply("notice: TemporarilyUnavailable")], result.Replies);
    }

    [Fact]
    public async Task A_store_failing_on_load_gets_the_unavailable_notice_without_running_the_dialog()
    {
        var store = new Mock<IConversationStore>(MockBehavior.Strict);
        store.Setup(s => s.LoadAsync(Key, It.IsAny<CancellationToken>())).ThrowsAsync(new StoreUnavailableException("down"));
        var dialog = new CountingDialog();

        var result = await NewPipeline(store.Object, dialog).RunAsync(Key, CountingDialog.Text("u1"), null, default);

        Assert.Equal(TurnOutcome.Unavailable, result.Outcome);
        Assert.Equal([new TextReply("notice: TemporarilyUnavailable")], result.Replies);
        Assert.Equal(0, dialog.Runs);
    }

    [Fact]
    public async Task Unreadable_stored_state_starts_afresh_with_a_save_conditional_on_its_etag()
    {
        var store = new Mock<IConversationStore>();
        store.Setup(s => s.LoadAsync(Key, It.IsAny<CancellationToken>())).ReturnsAsync(new StoredState("{not json"u8.ToArray(), "etag-1"));
        store.Setup(s => s.TrySaveAsync(Key, It.IsAny<ReadOnlyMemory<byte>>(), "etag-1", It.IsAny<CancellationToken>())).ReturnsAsync("etag-2");

        var result = await NewPipeline(store.Object, new CountingDialog()).RunAsync(Key, CountingDialog.Text("u1"), null, default);

        Assert.Equal(TurnOutcome.Answered, result.Outcome);
        Assert.Equal([new TextReply("turn 1")], result.Replies);
    }

    private static TurnPipeline NewPipeline(IConversationStore store, IDialog dialog, int maxRetries = 5) =>
        new(store, dialog, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new TurnPipelineOptions { MaxConflictRetries = maxRetries }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<TurnPipeline>.Instance);
}
