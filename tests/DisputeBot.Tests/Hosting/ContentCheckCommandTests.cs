using System.Globalization;
using System.Text.RegularExpressions;
using DisputeBot.AdviceBook;
using DisputeBot.Hosting;

namespace DisputeBot.Tests.Hosting;

/// <summary><c>check-content</c>: a support team's edit of dialogs/ checked as start-up checks it and against the
/// advice book's cases, problems named by file and line, and a non-zero exit code for a broken folder.</summary>
public sealed partial class ContentCheckCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "check-content-" + Guid.NewGuid().ToString("N"));

    public ContentCheckCommandTests() => Copy(Path.Combine(AppContext.BaseDirectory, "dialogs"), _folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_shipped_dialogs_folder_is_valid_and_exits_zero()
    {
        var (code, output, error) = Run(_folder);

        Assert.Equal(0, code);
        Assert.Contains("valid", output, StringComparison.Ordinal);
        Assert.Empty(error);

        // Every case of every file runs, the other languages' files (locale: ru, es) too.
        var cases = AdviceBookReader.Read(_folder);
        Assert.Contains(cases, c => c.Locale == "ru");
        Assert.Contains($"all {cases.Count} cases pass", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_number_changed_by_mistake_fails_the_advice_book_cases_that_state_it_each_named_by_the_line_it_starts_on()
    {
        // The guides give 15 days to dispute after confirming delivery (seed 000); the edit says 16.
        var rules = Path.Combine(_folder, "rules.yaml");
        var lines = File.ReadAllLines(rules);
        var rule = Array.FindIndex(lines, l => l.Trim() == "- id: after_delivery");
        Assert.Equal("days: 15", lines[rule + 1].Trim());
        lines[rule + 1] = lines[rule + 1].Replace("15", "16", StringComparison.Ordinal);
        File.WriteAllLines(rules, lines);

        var (code, _, error) = Run(_folder);

        Assert.Equal(1, code);
        var failures = CaseFailure().Matches(error);
        Assert.NotEmpty(failures);
        foreach (Match failure in failures)
        {
            var file = failure.Groups["file"].Value;
            var line = int.Parse(failure.Groups["line"].Value, CultureInfo.InvariantCulture);
            Assert.Contains("id: " + failure.Groups["id"].Value, File.ReadAllLines(file)[line - 1], StringComparison.Ordinal);
        }

        Assert.Contains("'15 days' not stated", error, StringComparison.Ordinal);
        Assert.Contains($"{failures.Count} of ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_advice_book_case_with_a_misspelt_key_is_named_with_its_file_and_line()
    {
        var file = Path.Combine(_folder, "advice-book", "20-ru-buyers.yaml");
        var lines = File.ReadAllLines(file).ToList();
        var first = lines.FindIndex(l => l.TrimStart().StartsWith("- id:", StringComparison.Ordinal));
        var indent = lines[first].IndexOf('-', StringComparison.Ordinal) + 2;
        lines.Insert(first + 1, new string(' ', indent) + "sayz: [\"15\"]");
        File.WriteAllLines(file, lines);

        var (code, _, error) = Run(_folder);

        Assert.Equal(1, code);
        Assert.StartsWith($"{Path.Combine(_folder, "advice-book").Replace('\\', '/')}/20-ru-buyers.yaml:{first + 2}:", error, StringComparison.Ordinal);
        Assert.Contains("sayz", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_citing_a_rule_that_does_not_exist_is_named_with_its_file_and_line()
    {
        var faq = Path.Combine(_folder, "en", "faq.yaml");
        var lines = File.ReadAllLines(faq);
        var entry = Array.FindIndex(lines, l => l.Trim() == "- id: where_is_timer");
        var answer = Array.FindIndex(lines, entry, l => l.TrimStart().StartsWith("answer:", StringComparison.Ordinal));
        lines[answer + 1] = lines[answer + 1] + " You have {rule:no_such_rule} days.";
        File.WriteAllLines(faq, lines);

        var (code, _, error) = Run(_folder);

        Assert.Equal(1, code);
        var first = error.Split('\n')[0];
        Assert.StartsWith(faq.Replace('\\', '/') + ":", first, StringComparison.Ordinal);
        var line = int.Parse(first[(faq.Length + 1)..first.IndexOf(':', faq.Length + 1)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(line, entry + 1, answer + 2);
        Assert.Contains("no_such_rule", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_named_with_its_file_and_line()
    {
        var warnings = Path.Combine(_folder, "en", "warnings.yaml");
        var lines = File.ReadAllLines(warnings).ToList();
        lines.Insert(12, "    cues: [unclosed, \"quote");
        File.WriteAllLines(warnings, lines);

        var (code, _, error) = Run(_folder);

        Assert.Equal(1, code);
        Assert.Matches(@"^.*warnings\.yaml:\d+: ", error.Split('\n')[0]);
    }

    [GeneratedRegex(@"^(?<file>\S+/advice-book/[^/:]+\.yaml):(?<line>\d+): case '(?<id>[^']+)' fails", RegexOptions.Multiline)]
    private static partial Regex CaseFailure();

    private static (int Code, string Output, string Error) Run(string folder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ContentCheckCommand.Run(folder, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
