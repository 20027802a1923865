using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Provenance;

namespace DisputeBot.Dialog.Tests.AdviceBook;

/// <summary>
/// The advice book: every case in AdviceBook/*.yaml played through the real dialog and judged against what the guides
/// say. A failure names the case, its source, and the whole conversation, so whoever reads it can fix the bot.
/// </summary>
public sealed partial class AdviceBookTests
{
    /// <summary>Never shown to a buyer in any case: internal citations and unfilled placeholders.</summary>
    private static readonly Regex[] NeverAnywhere = [InternalCitation(), Placeholder()];

    public static TheoryData<string> Cases => AdviceBookFile.Ids();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_bot_reads_and_says_what_the_guides_say(string id)
    {
        var advice = AdviceBookFile.Cases[id];
        var chat = AdviceChat.Play(advice);
        var problems = Judge(advice, chat);
        Assert.True(problems.Count == 0, Report(advice, chat, problems));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_number_and_date_the_bot_states_has_a_source(string id)
    {
        var advice = AdviceBookFile.Cases[id];
        var chat = AdviceChat.Play(advice);
        var problems = ProvenanceCheck.Unexplained(chat.Messages, chat.AllReplies, chat.Today, chat.States.SelectMany(DialogFacts.Dates), chat.States.SelectMany(DialogFacts.Numbers));
        Assert.True(problems.Count == 0, Report(advice, chat, problems.Select(p => "no source for " + p).ToList()));
    }

    /// <summary>Every language the bot speaks has its own advice book, typed as its buyers write.</summary>
    public const int MinCasesPerLanguage = 30;

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var language in RealKnowledgeLanguages().Where(l => l != "en"))
        {
            data.Add(language);
        }

        return data;
    }

    [Fact]
    public void Every_language_the_bot_speaks_has_its_advice_book()
    {
        foreach (var language in RealKnowledgeLanguages().Where(l => l != "en"))
        {
            var count = AdviceBookFile.Cases.Values.Count(c => c.Locale is { } locale && Support.RealKnowledge.Base.For(locale).Language == language);
            Assert.True(count >= MinCasesPerLanguage, $"dialogs/{language}/ has {count} advice-book cases; at least {MinCasesPerLanguage} are needed (a file with 'locale: {language}')");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_buyer_is_answered_in_the_language_of_their_case(string id)
    {
        var advice = AdviceBookFile.Cases[id];
        var chat = AdviceChat.Play(advice);
        var expected = Support.RealKnowledge.Base.For(advice.Locale ?? "en").Language;
        Assert.True(chat.State is null || chat.State.Language == expected, Report(advice, chat, [$"answered in {chat.State?.Language}, expected {expected}"]));
    }

    private static IEnumerable<string> RealKnowledgeLanguages() => Support.RealKnowledge.Base.Languages.Order(StringComparer.Ordinal);

    internal static List<string> Judge(AdviceCase advice, AdviceChat chat)
    {
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

        var fired = chat.AllReplies.OfType<TextReply>().Where(r => r.Tone == ReplyTone.Warning).Select(r => WarningBook.IdOf(r.Text)).ToList();
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

    internal static string Report(AdviceCase advice, AdviceChat chat, IReadOnlyList<string> problems)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Advice-book case {advice.Id} ({advice.File}), source: {advice.Source}");
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
