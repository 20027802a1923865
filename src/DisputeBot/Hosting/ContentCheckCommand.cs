using System.Text.RegularExpressions;
using DisputeBot.AdviceBook;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Hosting;

/// <summary>
/// <c>check-content [folder]</c>: loads a dialogs/ folder exactly as start-up does (every file read and validated, the
/// dialog built on it), then plays every case of its advice book (<c>advice-book/*.yaml</c>) through that dialog and
/// judges it (<see cref="AdviceBookJudge"/>, as the tests do). Each problem is named as <c>file:line: what is wrong</c>
/// (a failing case by the line it starts on), so a support team can check an edit before it ships. Exit code 0 when
/// the folder is valid and every case passes, 1 when not.
/// </summary>
public static partial class ContentCheckCommand
{
    public const string Name = "check-content";

    public static int Run(string? folder, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        folder ??= Directory.Exists("dialogs") ? "dialogs" : Path.Combine(AppContext.BaseDirectory, "dialogs");
        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeLoader.Load(folder);
            _ = new DisputeDialog(knowledge);
        }
        catch (KnowledgeException exception)
        {
            error.WriteLine(FileAndLine(exception.Message));
            error.WriteLine($"{folder}: 1 problem; the bot would refuse to start with this content.");
            return 1;
        }

        var english = knowledge.For(KnowledgeBase.FallbackLanguage);
        output.WriteLine(
            $"{folder}: valid. Languages: {string.Join(", ", knowledge.Languages)}; {english.Categories.Count} problem categories, " +
            $"{english.Faq.Count} questions, {english.Warnings.Count} warnings, {knowledge.Rules.All.Count()} rules.");
        return RunAdviceBook(folder, knowledge, output, error);
    }

    /// <summary>Plays every advice-book case against the folder; each failing case is named by its file and line.</summary>
    private static int RunAdviceBook(string folder, KnowledgeBase knowledge, TextWriter output, TextWriter error)
    {
        var book = AdviceBookReader.FolderOf(folder).Replace('\\', '/');
        IReadOnlyList<AdviceCase> cases;
        try
        {
            cases = AdviceBookReader.Read(folder);
        }
        catch (AdviceBookException exception)
        {
            error.WriteLine($"{book}/{exception.Message}");
            error.WriteLine($"{book}: the advice book cannot be read.");
            return 1;
        }

        if (cases.Count == 0)
        {
            output.WriteLine($"{book}: no advice-book cases to run.");
            return 0;
        }

        var judge = new AdviceBookJudge(folder, knowledge);
        var failed = 0;
        foreach (var advice in cases)
        {
            var problems = judge.Check(advice);
            if (problems.Count == 0)
            {
                continue;
            }

            failed++;
            error.WriteLine($"{book}/{advice.File}:{advice.Line}: case '{advice.Id}' fails ({advice.Source}): {string.Join("; ", problems)}");
        }

        if (failed > 0)
        {
            error.WriteLine($"{book}: {failed} of {cases.Count} cases fail; fix the content (or, if the guides changed, the case).");
            return 1;
        }

        output.WriteLine($"{book}: all {cases.Count} cases pass.");
        return 0;
    }

    /// <summary>"dialogs/en/faq.yaml: faq 'x': 'answer' is empty (line 40)" → "dialogs/en/faq.yaml:40: faq 'x': 'answer' is empty",
    /// the shape editors and CI logs link to.</summary>
    public static string FileAndLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (TrailingLine().Match(message) is { Success: true } trailing)
        {
            return $"{trailing.Groups["file"].Value}:{trailing.Groups["line"].Value}: {trailing.Groups["rest"].Value}";
        }

        if (InlineLine().Match(message) is { Success: true } inline)
        {
            return $"{inline.Groups["file"].Value}:{inline.Groups["line"].Value}: {inline.Groups["rest"].Value}";
        }

        return message;
    }

    [GeneratedRegex(@"^(?<file>[^:\n]+?\.ya?ml): (?<rest>.*) \(line (?<line>\d+)\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TrailingLine();

    [GeneratedRegex(@"^(?<file>[^:\n]+?\.ya?ml): (?<rest>.*?\bline (?<line>\d+)\b.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex InlineLine();
}
