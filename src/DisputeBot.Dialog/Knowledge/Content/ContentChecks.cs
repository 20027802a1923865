namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Checks shared by every content file: ids, placeholders, plain text.</summary>
internal static class ContentChecks
{
    public const int MaxCueLength = 120;

    public static bool IsId(string id, int maxLength)
    {
        if (id.Length == 0 || id.Length > maxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every {placeholder} in <paramref name="text"/> must be {rule:id} with a rule the rule book knows, or one of
    /// <paramref name="allowed"/> (null: any other name is allowed, for message texts whose holes the dialog fills).
    /// </summary>
    public static void CheckPlaceholders(Fields entry, string field, string text, RuleBook rules, IReadOnlyCollection<string>? allowed)
    {
        var at = entry.Has(field) ? entry.Node(field) : null;
        CheckPlaceholders(text, rules, allowed, problem => entry.Error($"'{field}': {problem}", at));
    }

    public static void CheckPlaceholders(string text, RuleBook rules, IReadOnlyCollection<string>? allowed, Func<string, KnowledgeException> error)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}')
            {
                throw error("a '}' without its '{'");
            }

            if (c != '{')
            {
                i++;
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            var nextOpen = text.IndexOf('{', i + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end))
            {
                throw error("a '{' without its '}'");
            }

            var name = text[(i + 1)..end];
            if (name.StartsWith(RulePlaceholders.Prefix, StringComparison.Ordinal))
            {
                var id = name[RulePlaceholders.Prefix.Length..];
                if (!rules.Contains(id))
                {
                    throw error($"{{{name}}} cites the rule '{id}', which dialogs/rules.yaml does not define");
                }
            }
            else if (allowed is not null && !allowed.Contains(name))
            {
                throw error(allowed.Count == 0
                    ? $"unknown placeholder {{{name}}}; only {{rule:id}} is allowed here"
                    : $"unknown placeholder {{{name}}}; allowed: {string.Join(", ", allowed.Select(a => "{" + a + "}"))} and {{rule:id}}");
            }
            else if (name.Length == 0 || !IsId(name, 40))
            {
                throw error($"'{{{name}}}' is not a placeholder name (a-z, 0-9 and _)");
            }

            i = end + 1;
        }
    }

    /// <summary>Texts are plain: each channel escapes and styles them, so markup would show as is.</summary>
    public static void CheckPlain(Fields entry, string field, string text)
    {
        var problem = MarkupIn(text);
        if (problem is not null)
        {
            throw entry.Error($"'{field}' contains {problem}; texts are plain (no Markdown, no HTML)", entry.Has(field) ? entry.Node(field) : null);
        }
    }

    public static string? MarkupIn(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            var c = text[i];
            var next = text[i + 1];
            if (c == '<' && (char.IsAsciiLetter(next) || next == '/'))
            {
                return "an HTML tag";
            }

            if ((c == '*' && next == '*') || (c == '_' && next == '_'))
            {
                return "Markdown emphasis";
            }

            if (c == ']' && next == '(')
            {
                return "a Markdown link";
            }
        }

        return text.Contains('`', StringComparison.Ordinal) ? "a Markdown code mark (`)" : null;
    }
}
