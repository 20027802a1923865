using System.Text.RegularExpressions;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Hosting;

/// <summary>
/// <c>check-content [folder]</c>: loads a dialogs/ folder exactly as start-up does (every file read and validated, the
/// dialog built on it) and names a problem as <c>file:line: what is wrong</c>, so a support team can check an edit
/// before it ships. Exit code 0 when the folder is valid, 1 when not.
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
