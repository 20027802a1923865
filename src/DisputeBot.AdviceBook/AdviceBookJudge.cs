using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DisputeBot.AdviceBook.Provenance;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.AdviceBook;

/// <summary>
/// Plays advice-book cases through a dialog built on one dialogs/ folder and judges them against what the guides say:
/// the facts read, the warning fired (or none), the dates, day counts and numbers stated, the phrases the answer must
/// (and must never) contain, every number and date with a source (<see cref="ProvenanceCheck"/>), and the buyer
/// answered in the language of their case. Used by the tests and by <c>check-content</c>.
/// </summary>
public sealed partial class AdviceBookJudge
{
    /// <summary>Never shown to a buyer in any case: internal citations and unfilled placeholders.</summary>
    private static readonly Regex[] NeverAnywhere = [InternalCitation(), Placeholder()];

    private readonly KnowledgeBase _knowledge;
    private readonly DisputeDialog _dialog;
    private readonly WarningBook _warnings;
    private readonly IReadOnlySet<int> _rules;

    /// <param name="dialogsFolder">The folder <paramref name="knowledge"/> was loaded from (its warnings and rules
    /// files are read again, independently of the loader).</param>
    public AdviceBookJudge(string dialogsFolder, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _dialog = new DisputeDialog(knowledge);
        _warnings = WarningBook.Read(dialogsFolder);
        _rules = RuleBookNumbers.Read(dialogsFolder);
    }

    public AdviceChat Play(AdviceCase advice) => AdviceChat.Play(advice, _dialog);

    /// <summary>Every problem of the case: what it read and said, sources, language. Empty when it passes.</summary>
    public IReadOnlyList<string> Check(AdviceCase advice)
    {
        var chat = Play(advice);
        var problems = Judge(advice, chat);
        problems.AddRange(Unsourced(chat));
        if (WrongLanguage(advice, chat) is { } language)
        {
            problems.Add(language);
        }

        return problems;
    }

    /// <summary>What the bot read and said against what the case expects.</summary>
    public List<string> Judge(AdviceCase advice, AdviceChat chat)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(chat);
        var problems = new List<string>();
        var facts = DialogFacts.Read(chat.State);
        foreach (var (key, expected) in advice.Facts)
        {
            facts.TryGetValue(key, out var actual);
            var wanted = expected is "none" ? null : expected;
            if (!string.Equals(actual, wanted, StringComparison.Ordinal))
            {
                problems.Add($"fact {key}: expected {expected}, the bot has {actual ?? "none"}");
            }
        }

        var fired = chat.AllReplies.OfType<TextReply>().Where(r => r.Tone == ReplyTone.Warning).Select(r => _warnings.IdOf(r.Text)).ToList();
        if (advice.Warning is "none" && fired.Count > 0)
        {
            problems.Add("no warning expected, the bot warned: " + string.Join(", ", fired));
        }
        else if (advice.Warning is { } warning and not "none" && !fired.Contains(warning))
        {
            problems.Add($"warning {warning} expected, the bot warned: {(fired.Count == 0 ? "nothing" : string.Join(", ", fired))}");
        }

        var said = ReplyText.Of(chat.AllReplies);
        var dates = ClaimReader.Dates(said, chat.Today).ToHashSet();
        foreach (var date in advice.Dates.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            if (!dates.Contains(date))
            {
                problems.Add($"date {date:d MMMM yyyy} not stated (stated: {string.Join(", ", dates.Order().Select(d => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)))})");
            }
        }

        foreach (var date in advice.NeverDates.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Where(dates.Contains))
        {
            problems.Add($"stated {date:d MMMM yyyy}, a date it must never state here");
        }

        var numbers = ClaimReader.Read(said, chat.Today).Where(c => c.Kind != ClaimKind.Date).Select(c => c.Number).ToHashSet();
        foreach (var number in advice.Numbers.Where(n => !numbers.Contains(n)))
        {
            problems.Add($"the number {number} is not stated");
        }

        var days = ClaimReader.DayCounts(said, chat.Today).ToHashSet();
        foreach (var count in advice.Days.Where(d => !days.Contains(d)))
        {
            problems.Add($"'{count} days' not stated (stated: {string.Join(", ", days.Order())})");
        }

        var answer = chat.Turns.Count == 0 ? "" : ReplyText.Of(chat.Turns[^1].Replies);
        foreach (var phrase in advice.Says.Where(p => !answer.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"the answer to the last message does not say \"{phrase}\"");
        }

        foreach (var phrase in advice.Never.Where(p => said.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"said \"{phrase}\", which it must never say here");
        }

        foreach (var regex in NeverAnywhere)
        {
            if (regex.Match(said) is { Success: true } match)
            {
                problems.Add($"said \"{match.Value}\" to a buyer");
            }
        }

        return problems;
    }

    /// <summary>Every number and date the bot stated that no rule and no fact of the buyer's explains.</summary>
    public IEnumerable<string> Unsourced(AdviceChat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return ProvenanceCheck.Unexplained(_rules, chat.Messages, chat.AllReplies, chat.Today, chat.States.SelectMany(DialogFacts.Dates), chat.States.SelectMany(state => DialogFacts.Numbers(state, chat.Now)))
            .Select(p => "no source for " + p);
    }

    /// <summary>Null when the buyer was answered in the language of their case's locale.</summary>
    public string? WrongLanguage(AdviceCase advice, AdviceChat chat)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(chat);
        var expected = _knowledge.For(advice.Locale ?? "en").Language;
        return chat.State is null || chat.State.Language == expected ? null : $"answered in {chat.State.Language}, expected {expected}";
    }

    /// <summary>The case, its problems and the whole conversation, so whoever reads it can fix the bot.</summary>
    public static string Report(AdviceCase advice, AdviceChat chat, IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(problems);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Advice-book case {advice.Id} ({advice.File}:{advice.Line}), source: {advice.Source}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Clock: {advice.Today}{(advice.Offset is null ? " UTC" : " at " + advice.Offset)}");
        foreach (var problem in problems)
        {
            text.Append("  - ").AppendLine(problem);
        }

        text.AppendLine("Facts read: " + string.Join(", ", DialogFacts.Read(chat.State).Select(f => f.Key + "=" + f.Value)));
        text.AppendLine("Conversation:");
        text.Append(chat.Describe());
        return text.ToString();
    }

    [GeneratedRegex(@"\bseed \d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex InternalCitation();

    [GeneratedRegex(@"\{[a-z_:]+\}")]
    private static partial Regex Placeholder();
}
