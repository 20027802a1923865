using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// The dispute coach: a pure function of (stored state, turn, now). Content comes from <see cref="KnowledgeBase"/>;
/// each turn rebuilds the state machine over the stored state (<see cref="DisputeConversation"/>).
/// </summary>
public sealed class DisputeDialog : IDialog
{
    private readonly KnowledgeBase _knowledge;
    private readonly DeadlineCalculator _deadlines;
    private readonly Dictionary<string, LanguageKit> _kits;

    public DisputeDialog(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _deadlines = new DeadlineCalculator(knowledge.Rules);
        _kits = knowledge.Languages.ToDictionary(l => l, l => new LanguageKit(knowledge.For(l)), StringComparer.Ordinal);
    }

    public DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = state?.Language ?? _knowledge.For(turn.Locale).Language;
        var kit = _kits.TryGetValue(language, out var known) ? known : _kits[KnowledgeBase.FallbackLanguage];
        var conversation = new DisputeConversation(kit, _knowledge.Rules, _deadlines, state ?? NewState(kit, turn, now), turn, now);
        return conversation.Run();
    }

    public Reply Notice(SystemNotice notice, string? locale)
    {
        var messages = _knowledge.For(locale).Messages;
        return notice switch
        {
            SystemNotice.TemporarilyUnavailable => new TextReply(messages["notice.unavailable"]),
            _ => new TextReply(messages["notice.resend"]),
        };
    }

    /// <summary>The dialog's state machine, for the diagrams in dialogs/.</summary>
    public StateMachineInfo Describe()
    {
        var kit = _kits[KnowledgeBase.FallbackLanguage];
        var turn = new Turn(string.Empty, string.Empty, null, new ConversationStartedInput());
        var epoch = DateTimeOffset.UnixEpoch;
        return new DisputeConversation(kit, _knowledge.Rules, _deadlines, NewState(kit, turn, epoch), turn, epoch).Describe();
    }

    private static DialogState NewState(LanguageKit kit, Turn turn, DateTimeOffset now) => new()
    {
        Language = kit.Pack.Language,
        StartedAt = now,
        DayFirst = null,
        OffsetMinutes = turn.UtcOffset is { } offset ? (int)offset.TotalMinutes : null,
    };
}
