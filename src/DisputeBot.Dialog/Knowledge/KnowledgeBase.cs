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
    public LanguagePack For(string? locale) => Find(locale) ?? _languages[FallbackLanguage];

    /// <summary>The pack for an IETF tag: the tag itself ("pt-BR"), else its language ("pt" for "pt-PT"), else another
    /// region of the language ("pt" finds "pt-BR"); null when no pack speaks it.</summary>
    public LanguagePack? Find(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        if (_languages.TryGetValue(locale, out var exact))
        {
            return exact;
        }

        var dash = locale.IndexOfAny(['-', '_']);
        var neutral = dash > 0 ? locale[..dash] : locale;
        if (_languages.TryGetValue(neutral, out var pack))
        {
            return pack;
        }

        foreach (var (tag, other) in _languages)
        {
            if (tag.StartsWith(neutral, StringComparison.OrdinalIgnoreCase) && tag.Length > neutral.Length && tag[neutral.Length] == '-')
            {
                return other;
            }
        }

        return null;
    }
}
