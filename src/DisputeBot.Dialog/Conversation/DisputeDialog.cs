using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using Stateless.Reflection;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// The dispute coach: a pure function of (stored state, turn, now). Content comes from <see cref="KnowledgeBase"/>;
/// each turn runs on a pooled engine whose state machine was configured once (<see cref="DisputeConversation"/>).
/// </summary>
public sealed class DisputeDialog : IDialog
{
    private readonly KnowledgeBase _knowledge;
    private readonly DeadlineCalculator _deadlines;
    private readonly Dictionary<string, LanguageKit> _kits;

    /// <summary>Engines per language, each configured once and lent to one turn at a time.</summary>
    private readonly Dictionary<string, EnginePool> _engines;

    public DisputeDialog(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _deadlines = new DeadlineCalculator(knowledge.Rules);
        _kits = knowledge.Languages.ToDictionary(l => l, l => new LanguageKit(knowledge.For(l)), StringComparer.Ordinal);
        _engines = _kits.ToDictionary(
            k => k.Key,
            k => new EnginePool(() => new DisputeConversation(k.Value, knowledge.Rules, _deadlines)),
            StringComparer.Ordinal);
    }

    public DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = state?.Language ?? _knowledge.For(turn.Locale).Language;
        if (!_kits.ContainsKey(language))
        {
            language = KnowledgeBase.FallbackLanguage;
        }

        return _engines[language].Run(state ?? NewState(_kits[language], turn, now), turn, now);
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
        return new DisputeConversation(kit, _knowledge.Rules, _deadlines).Describe();
    }

    private static DialogState NewState(LanguageKit kit, Turn turn, DateTimeOffset now) => new()
    {
        Language = kit.Pack.Language,
        StartedAt = now,
        DayFirst = null,
        OffsetMinutes = turn.UtcOffset is { } offset ? (int)offset.TotalMinutes : null,
    };
}
