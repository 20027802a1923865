using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Tests.Telegram;
using DisputeBot.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Reminders;

/// <summary>One bot instance as far as reminders go: the real dialog and content, a turn pipeline, an outbox
/// dispatcher, an outbox sweeper and a reminder sweeper over a store and schedule it may share with other
/// instances.</summary>
internal sealed class ReminderInstance
{
    public const string Channel = "test";

    /// <summary>How long a saved batch of replies is its saver's to send (short: a Redis outbox lease runs on the
    /// server's clock, which tests cannot move).</summary>
    public static readonly TimeSpan OutboxLease = TimeSpan.FromSeconds(2);

    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeLoader.Load(Path.Combine(TelegramEmulator.RepositoryRoot(), "dialogs")));

    private int _update;

    public ReminderInstance(IConversationStore store, IReminderSchedule schedule, TimeProvider time, RecordingSender sender, TimeSpan lease, ILogger<ReminderSweeper>? log = null)
    {
        var turnOptions = Options.Create(new TurnPipelineOptions { OutboxRetryDelay = TimeSpan.Zero, OutboxLease = OutboxLease });
        var reminderOptions = new ReminderOptions { ClaimLease = lease, BatchSize = 100 };
        reminderOptions.Senders[Channel] = RecordingSender.SenderName;
        Pipeline = new TurnPipeline(store, new DisputeDialog(Knowledge.Value), time, turnOptions, NullLogger<TurnPipeline>.Instance, reminders: schedule);
        Dispatcher = new ReplyDispatcher((IReplyOutbox)store, [sender], turnOptions, NullLogger<ReplyDispatcher>.Instance);
        OutboxSweeper = new OutboxSweeper((IReplyOutbox)store, Dispatcher, time, turnOptions, NullLogger<OutboxSweeper>.Instance);
        Sweeper = new ReminderSweeper(schedule, Pipeline, Dispatcher, time, Options.Create(reminderOptions), log ?? NullLogger<ReminderSweeper>.Instance);
    }

    public TurnPipeline Pipeline { get; }

    public ReplyDispatcher Dispatcher { get; }

    public ReminderSweeper Sweeper { get; }

    /// <summary>Sends replies left in the outbox (here only when the test calls it).</summary>
    public OutboxSweeper OutboxSweeper { get; }

    /// <summary>Runs the buyer's turns (text, or "[id]" for a button) and sends their replies.</summary>
    public async Task SayAsync(string conversation, params string[] inputs)
    {
        var key = new ConversationKey(Channel, conversation);
        var route = new ReplyRoute(RecordingSender.SenderName);
        foreach (var input in inputs)
        {
            TurnInput turnInput = input.StartsWith('[') ? new ChoiceInput(input[1..^1], null) : new TextInput(input);
            var turn = new Turn($"{conversation}-{Interlocked.Increment(ref _update)}", "buyer", "en-GB", turnInput);
            var result = await Pipeline.RunAsync(key, turn, new ConversationAddress(Channel, conversation), route, default);
            Assert.True(result.Outcome is TurnOutcome.Answered or TurnOutcome.Forgotten, result.Outcome.ToString());
            await Dispatcher.DeliverAsync(key, result, route, null, default);
        }
    }

    /// <summary>A not-received order whose countdown ends 12 days after the clock's start, reminders on: due 3 days and
    /// 1 day before that day, at 10:00 UK time.</summary>
    public Task RemindersOnAsync(string conversation) => SayAsync(
        conversation, "/start", "[no]", "[in_transit]", "12 days left", "2026-02-20", "[paypal]", "18 February", "[not_yet]", "[remind]");
}
