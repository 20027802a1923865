using DisputeBot.AdviceBook;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.AdviceBook;

/// <summary>
/// The advice book: every case in dialogs/advice-book/*.yaml played through the real dialog and judged against what the
/// guides say (<see cref="AdviceBookJudge"/>, which check-content runs too). A failure names the
/// case, its file and line, its source, and the whole conversation, so whoever reads it can fix the bot.
/// </summary>
public sealed class AdviceBookTests
{
    public static TheoryData<string> Cases => AdviceBookFile.Ids();

    private static string Report(AdviceCase advice, AdviceChat chat, IReadOnlyList<string> problems) =>
        AdviceBookJudge.Report(advice, chat, problems);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_bot_reads_and_says_what_the_guides_say(string id)
    {
        var advice = AdviceBookFile.Cases[id];
        var chat = AdviceBookFile.Judge.Play(advice);
        var problems = AdviceBookFile.Judge.Judge(advice, chat);
        Assert.True(problems.Count == 0, Report(advice, chat, problems));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_number_and_date_the_bot_states_has_a_source(string id)
    {
        var advice = AdviceBookFile.Cases[id];
        var chat = AdviceBookFile.Judge.Play(advice);
        var problems = AdviceBookFile.Judge.Unsourced(chat).ToList();
        Assert.True(problems.Count == 0, Report(advice, chat, problems));
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
        var chat = AdviceBookFile.Judge.Play(advice);
        var problem = AdviceBookFile.Judge.WrongLanguage(advice, chat);
        Assert.True(problem is null, Report(advice, chat, [problem!]));
    }

    /// <summary>Cases written into the old test folder would never run: the book lives with the content now.</summary>
    [Fact]
    public void The_advice_book_is_read_from_dialogs_and_no_case_file_is_left_in_the_test_folder()
    {
        Assert.NotEmpty(AdviceBookFile.Cases);
        var stray = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "DisputeBot.Dialog.Tests", "AdviceBook"), "*.yaml");
        Assert.True(stray.Length == 0, $"Move {string.Join(", ", stray.Select(Path.GetFileName))} to dialogs/advice-book/: only that folder is read.");
    }

    private static IEnumerable<string> RealKnowledgeLanguages() => Support.RealKnowledge.Base.Languages.Order(StringComparer.Ordinal);
}
