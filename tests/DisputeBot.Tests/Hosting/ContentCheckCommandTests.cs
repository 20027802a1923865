using DisputeBot.Hosting;

namespace DisputeBot.Tests.Hosting;

/// <summary><c>check-content</c>: a support team's edit of dialogs/ checked as start-up checks it, problems named by
/// file and line, and a non-zero exit code for a broken folder.</summary>
public sealed class ContentCheckCommandTests : IDisposable
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
