namespace DisputeBot.Dialog.Knowledge;

/// <summary>Everything the bot says or understands in one language (dialogs/{language}/).</summary>
public sealed record LanguagePack(
    string Language,
    Messages Messages,
    IReadOnlyList<ProblemCategory> Categories,
    IReadOnlyList<FaqEntry> Faq,
    IReadOnlyList<TrapWarning> Warnings,
    Vocabulary Vocabulary)
{
    public ProblemCategory Category(string id) =>
        Categories.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No category '{id}' in dialogs/{Language}/categories.yaml.");
}
