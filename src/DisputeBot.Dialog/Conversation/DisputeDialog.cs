using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;
using Stateless.Reflection;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// The dispute coach: a pure function of (stored state, turn, now). Content comes from <see cref="KnowledgeBase"/>;
/// each turn runs on a pooled engine whose state machine was configured once (<see cref="DisputeConversation"/>).
/// The language of a conversation is the channel's (Telegram's language_code, an activity's locale) at first, follows
/// the language the buyer writes in when the bot speaks it, and is fixed by /language; switching keeps every fact.
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
        var english = knowledge.For(KnowledgeBase.FallbackLanguage);
        var choices = knowledge.Languages
            .Order(StringComparer.Ordinal)
            .OrderBy(l => l != KnowledgeBase.FallbackLanguage)
            .Select(l => new ReplyChoice(ChoiceIds.LanguagePrefix + l, knowledge.For(l).Messages[LanguageNameKey]))
            .ToArray();
        var englishKit = new LanguageKit(english, english, choices);
        _kits = knowledge.Languages.ToDictionary(
            l => l,
            l => l == KnowledgeBase.FallbackLanguage ? englishKit : new LanguageKit(knowledge.For(l), english, choices, englishKit.Text),
            StringComparer.Ordinal);
        _engines = _kits.ToDictionary(
            k => k.Key,
            k => new EnginePool(() => new DisputeConversation(k.Value, knowledge.Rules, _deadlines)),
            StringComparer.Ordinal);
    }

    public DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (language, chosen) = Choose(state, turn);
        if (state is null)
        {
            state = NewState(_kits[language], turn, now);
        }
        else if (state.Language != language)
        {
            // Another language, the same case: every fact stays.
            state = state with { Language = language };
        }

        if (chosen && !state.LanguageChosen)
        {
            state = state with { LanguageChosen = true };
        }

        return _engines[language].Run(state, turn, now);
    }

    /// <summary>The message key naming each language in itself ("Русский"): its /language button.</summary>
    internal const string LanguageNameKey = "language.name";

    /// <summary>Whether <paramref name="wanted"/> ("ru", "pt-BR", "Español", "español", "português") names the pack's
    /// language.</summary>
    internal static bool NamesLanguage(LanguagePack pack, string wanted)
    {
        if (wanted.Equals(pack.Language, StringComparison.OrdinalIgnoreCase)
            || (wanted.Length == 2 && LanguageDetector.SameLanguage(wanted, pack.Language)))
        {
            return true;
        }

        var folded = Understanding.Dates.DateFolding.Fold(wanted.Trim());
        var name = Understanding.Dates.DateFolding.Fold(pack.Messages[LanguageNameKey]);
        // "Português (Brasil)" is also named without its region: "português".
        var region = name.IndexOf(" (", StringComparison.Ordinal);
        return folded.Length > 0 && (folded == name || (region > 0 && folded == name[..region]));
    }

    /// <summary>The language of this turn and whether the buyer picked it.</summary>
    private (string Language, bool Chosen) Choose(DialogState? state, Turn turn)
    {
        var current = state?.Language ?? _knowledge.For(turn.Locale).Language;
        switch (turn.Input)
        {
            case ChoiceInput choice when choice.ChoiceId.StartsWith(ChoiceIds.LanguagePrefix, StringComparison.Ordinal)
                && _knowledge.Find(choice.ChoiceId[ChoiceIds.LanguagePrefix.Length..]) is { } picked:
                return (picked.Language, true);

            case TextInput text when CommandReader.TryRead(text.Text, out var command):
                if (command == Command.Language && CommandReader.Argument(text.Text) is { Length: > 0 } wanted
                    && _kits.Values.FirstOrDefault(k => NamesLanguage(k.Pack, wanted)) is { } named)
                {
                    return (named.Pack.Language, true);
                }

                break;

            // A message clearly written in a language the bot speaks is answered in it, unless the buyer picked one
            // (or it reads as the language already spoken as well).
            case TextInput text when state is not { LanguageChosen: true }
                && LanguageDetector.Detect(text.Text, current) is { } tag
                && _knowledge.Find(tag) is { } written:
                return (written.Language, false);
        }

        return (_kits.ContainsKey(current) ? current : KnowledgeBase.FallbackLanguage, false);
    }

    public FileReply? CalendarFile(DialogState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        // The /calendar command's own path, so the file is the one the chat gives; the turn's new state is dropped.
        var result = Handle(state, new Turn(string.Empty, string.Empty, null, new TextInput("/calendar")), now);
        foreach (var reply in result.Replies)
        {
            if (reply is FileReply file)
            {
                return file;
            }
        }

        return null;
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
