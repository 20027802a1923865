using System.Text.RegularExpressions;

namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>
/// A translation must have exactly English's ids (categories, checklist items, questions, warnings, message keys):
/// the code and stored conversations refer to them, whatever the language. Each of its texts must cite the same rules
/// as the English text and write no number the English text does not: a number of days lives in rules.yaml only.
/// </summary>
internal static partial class LanguageConsistency
{
    public static void Check(LanguagePack english, LanguagePack other, string folder)
    {
        string FileOf(string name) => Path.Combine(folder, name).Replace('\\', '/');

        // Every missing id at once, each with its file: a translator fixes them in one go.
        var missing = new List<string>();
        var categories = FileOf(CategoriesReader.FileName);
        Missing(missing, categories, "category", english.Categories.Select(c => c.Id), other.Categories.Select(c => c.Id));
        foreach (var category in english.Categories)
        {
            if (other.Categories.FirstOrDefault(c => c.Id == category.Id) is { } translated)
            {
                Missing(missing, categories, $"category '{category.Id}', checklist item", category.Checklist.Select(i => i.Id), translated.Checklist.Select(i => i.Id));
            }
        }

        Missing(missing, FileOf(FaqReader.FileName), "question", english.Faq.Select(f => f.Id), other.Faq.Select(f => f.Id));
        Missing(missing, FileOf(WarningsReader.FileName), "warning", english.Warnings.Select(w => w.Id), other.Warnings.Select(w => w.Id));
        Missing(missing, FileOf(MessagesReader.FileName), "message", english.Messages.Keys, other.Messages.Keys);
        if (missing.Count > 0)
        {
            throw new KnowledgeException(
                $"{folder.Replace('\\', '/')}: lacks {missing.Count} {(missing.Count == 1 ? "entry" : "entries")} that English has; every id in English must be in '{other.Language}' too: {string.Join("; ", missing)}");
        }

        Extra(categories, "category", english.Categories.Select(c => c.Id), other.Categories.Select(c => c.Id));
        foreach (var category in other.Categories)
        {
            var source = english.Categories.First(c => c.Id == category.Id);
            Extra(categories, $"category '{category.Id}', checklist item", source.Checklist.Select(i => i.Id), category.Checklist.Select(i => i.Id));
        }

        Extra(FileOf(FaqReader.FileName), "question", english.Faq.Select(f => f.Id), other.Faq.Select(f => f.Id));
        Extra(FileOf(WarningsReader.FileName), "warning", english.Warnings.Select(w => w.Id), other.Warnings.Select(w => w.Id));
        Extra(FileOf(MessagesReader.FileName), "message", english.Messages.Keys, other.Messages.Keys);

        var englishTexts = Texts(english).ToDictionary(t => (t.File, t.Entry), t => t.Text);
        foreach (var (file, entry, text) in Texts(other))
        {
            if (englishTexts.TryGetValue((file, entry), out var source))
            {
                CheckNumbers(FileOf(file), entry, source, text);
            }
        }
    }

    /// <summary>Every text of a pack, named by its file and entry, so a translation meets its English source.</summary>
    private static IEnumerable<(string File, string Entry, string Text)> Texts(LanguagePack pack)
    {
        foreach (var key in pack.Messages.Keys)
        {
            yield return (MessagesReader.FileName, $"message '{key}'", pack.Messages[key]);
        }

        foreach (var c in pack.Categories)
        {
            yield return (CategoriesReader.FileName, $"category '{c.Id}': 'description'", c.Description);
            yield return (CategoriesReader.FileName, $"category '{c.Id}': 'advice'", c.Advice);
            foreach (var item in c.Checklist)
            {
                yield return (CategoriesReader.FileName, $"category '{c.Id}', checklist item '{item.Id}'", item.Text);
            }
        }

        foreach (var f in pack.Faq)
        {
            yield return (FaqReader.FileName, $"question '{f.Id}': 'answer'", f.Answer);
        }

        foreach (var w in pack.Warnings)
        {
            yield return (WarningsReader.FileName, $"warning '{w.Id}': 'text'", w.Text);
        }
    }

    /// <summary>The translation cites the rules its English text cites, and writes only numbers that text writes.</summary>
    private static void CheckNumbers(string file, string entry, string english, string translated)
    {
        var englishRules = Rules(english);
        var rules = Rules(translated);
        if (englishRules.Except(rules).Order(StringComparer.Ordinal).FirstOrDefault() is { } lacking)
        {
            throw new KnowledgeException(
                $"{file}: {entry}: lacks {lacking}, which the English text cites; a translation cites the same rules (as {{rule:id}}, never the number itself)");
        }

        if (rules.Except(englishRules).Order(StringComparer.Ordinal).FirstOrDefault() is { } extra)
        {
            throw new KnowledgeException($"{file}: {entry}: cites {extra}, which the English text does not; a translation cites the same rules");
        }

        var englishNumbers = Numbers(english);
        foreach (Match number in Number().Matches(Placeholder().Replace(translated, " ")))
        {
            if (!englishNumbers.Contains(number.Value))
            {
                throw new KnowledgeException(
                    $"{file}: {entry}: writes the number {number.Value}, which the English text does not; a number of days comes from dialogs/rules.yaml, so cite it as {{rule:id}}");
            }
        }
    }

    private static HashSet<string> Rules(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Where(v => v.StartsWith("{rule:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Numbers(string text) =>
        Number().Matches(Placeholder().Replace(text, " ")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    private static void Missing(List<string> into, string file, string kind, IEnumerable<string> englishIds, IEnumerable<string> otherIds)
    {
        var actual = otherIds.ToHashSet(StringComparer.Ordinal);
        into.AddRange(englishIds.Where(id => !actual.Contains(id)).Order(StringComparer.Ordinal).Select(id => $"{file}: {kind} '{id}'"));
    }

    private static void Extra(string file, string kind, IEnumerable<string> englishIds, IEnumerable<string> otherIds)
    {
        var expected = englishIds.ToHashSet(StringComparer.Ordinal);
        var extra = otherIds.Where(id => !expected.Contains(id)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (extra is not null)
        {
            throw new KnowledgeException($"{file}: {kind} '{extra}': is not in English; ids must match the English files (add it to en/ first, or fix a typo)");
        }
    }
}
