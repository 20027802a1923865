namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>
/// A translation must have exactly English's ids (categories, checklist items, questions, warnings, message keys):
/// the code and stored conversations refer to them, whatever the language.
/// </summary>
internal static class LanguageConsistency
{
    public static void Check(LanguagePack english, LanguagePack other, string folder)
    {
        string FileOf(string name) => Path.Combine(folder, name).Replace('\\', '/');

        Compare(FileOf(CategoriesReader.FileName), "category", english.Categories.Select(c => c.Id), other.Categories.Select(c => c.Id), other.Language);
        foreach (var category in other.Categories)
        {
            var source = english.Categories.First(c => c.Id == category.Id);
            Compare(
                FileOf(CategoriesReader.FileName),
                $"category '{category.Id}', checklist item",
                source.Checklist.Select(i => i.Id),
                category.Checklist.Select(i => i.Id),
                other.Language);
        }

        Compare(FileOf(FaqReader.FileName), "question", english.Faq.Select(f => f.Id), other.Faq.Select(f => f.Id), other.Language);
        Compare(FileOf(WarningsReader.FileName), "warning", english.Warnings.Select(w => w.Id), other.Warnings.Select(w => w.Id), other.Language);
        Compare(FileOf(MessagesReader.FileName), "message", english.Messages.Keys, other.Messages.Keys, other.Language);
    }

    private static void Compare(string file, string kind, IEnumerable<string> englishIds, IEnumerable<string> otherIds, string language)
    {
        var expected = englishIds.ToHashSet(StringComparer.Ordinal);
        var actual = otherIds.ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(id => !actual.Contains(id)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (missing is not null)
        {
            throw new KnowledgeException($"{file}: {kind} '{missing}': is missing; every id in English must be in '{language}' too");
        }

        var extra = actual.Where(id => !expected.Contains(id)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (extra is not null)
        {
            throw new KnowledgeException($"{file}: {kind} '{extra}': is not in English; ids must match the English files (add it to en/ first, or fix a typo)");
        }
    }
}
