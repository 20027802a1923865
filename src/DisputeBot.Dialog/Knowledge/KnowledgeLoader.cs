using System.Text.RegularExpressions;
using DisputeBot.Dialog.Knowledge.Content;

namespace DisputeBot.Dialog.Knowledge;

/// <summary>
/// Reads and validates dialogs/: rules.yaml and one folder per language (en/, pt-BR/...), each with messages,
/// categories, faq, warnings and vocabulary. An invalid file stops start-up with one <see cref="KnowledgeException"/>
/// naming the file and the entry ("dialogs/en/categories.yaml: category 'damaged': 'cues' is empty (line 40)").
/// </summary>
public static partial class KnowledgeLoader
{
    public const string RulesFileName = "rules.yaml";

    public static KnowledgeBase Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        CheckDirectory(directory);
        var rulesFile = Path.Combine(directory, RulesFileName);
        if (!File.Exists(rulesFile))
        {
            throw new KnowledgeException($"{rulesFile.Replace('\\', '/')}: the file is missing");
        }

        return Load(directory, RuleBookLoader.Load(rulesFile));
    }

    /// <summary>Loads the language folders of <paramref name="directory"/> against a rule book read elsewhere.</summary>
    public static KnowledgeBase Load(string directory, RuleBook rules)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(rules);
        CheckDirectory(directory);
        foreach (var id in RuleIds.Required)
        {
            if (!rules.Contains(id))
            {
                throw new KnowledgeException($"{Path.Combine(directory, RulesFileName).Replace('\\', '/')}: rule '{id}': is missing (the code relies on it)");
            }
        }

        var englishFolder = Path.Combine(directory, KnowledgeBase.FallbackLanguage);
        if (!Directory.Exists(englishFolder))
        {
            throw new KnowledgeException($"{englishFolder.Replace('\\', '/')}: the English folder is missing; it is the fallback for every language");
        }

        var english = LanguagePackReader.Read(englishFolder, KnowledgeBase.FallbackLanguage, rules);
        var languages = new Dictionary<string, LanguagePack>(StringComparer.OrdinalIgnoreCase)
        {
            [KnowledgeBase.FallbackLanguage] = english,
        };

        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(folder);
            if (language == KnowledgeBase.FallbackLanguage || !LanguageTag().IsMatch(language))
            {
                continue;
            }

            if (languages.ContainsKey(language))
            {
                throw new KnowledgeException($"{folder.Replace('\\', '/')}: another folder names the same language (tags ignore case)");
            }

            var pack = LanguagePackReader.Read(folder, language, rules);
            LanguageConsistency.Check(english, pack, folder);
            languages.Add(language, pack);
        }

        return new KnowledgeBase(rules, languages);
    }

    /// <summary>Folders named like a language ("en", "pt-BR", "es-419") are language packs; others are ignored.</summary>
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    private static void CheckDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new KnowledgeException($"{directory.Replace('\\', '/')}: the dialogs folder is missing");
        }
    }
}
