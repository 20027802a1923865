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
    /// <summary>The category with <paramref name="id"/>. A plain loop: a lambda here allocated on every call, several
    /// times a turn.</summary>
    public ProblemCategory Category(string id)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Id == id)
            {
                return Categories[i];
            }
        }

        throw new KeyNotFoundException($"No category '{id}' in dialogs/{Language}/categories.yaml.");
    }
}
