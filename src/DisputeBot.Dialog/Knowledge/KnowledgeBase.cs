namespace DisputeBot.Dialog.Knowledge;

/// <summary>All of dialogs/, loaded and validated: the language-neutral rule book and one pack per language.</summary>
public sealed class KnowledgeBase
{
    public const string FallbackLanguage = "en";

    private readonly IReadOnlyDictionary<string, LanguagePack> _languages;

    public KnowledgeBase(RuleBook rules, IReadOnlyDictionary<string, LanguagePack> languages)
    {
        if (!languages.ContainsKey(FallbackLanguage))
        {
            throw new ArgumentException($"The '{FallbackLanguage}' language pack is required.", nameof(languages));
        }

        Rules = rules;
        _languages = languages;
    }

    public RuleBook Rules { get; }

    public IEnumerable<string> Languages => _languages.Keys;

    /// <summary>The pack for an IETF tag ("pt-BR" → "pt-BR", else "pt", else English).</summary>
    public LanguagePack For(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            if (_languages.TryGetValue(locale, out var exact))
            {
                return exact;
            }

            var dash = locale.IndexOfAny(['-', '_']);
            if (dash > 0 && _languages.TryGetValue(locale[..dash], out var neutral))
            {
                return neutral;
            }
        }

        return _languages[FallbackLanguage];
    }
}
