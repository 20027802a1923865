using System.Globalization;
using System.Text;

namespace DisputeBot.Dialog.Knowledge;

/// <summary>
/// Texts cite deadline numbers as {rule:id} so that each number lives only in dialogs/rules.yaml. The loader checks
/// every citation; <see cref="Fill"/> puts the numbers in.
/// </summary>
public static class RulePlaceholders
{
    public const string Prefix = "rule:";

    /// <summary>Replaces each {rule:id} with that rule's number of days; other {holes} stay as written.</summary>
    public static string Fill(string text, RuleBook rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        var start = text.IndexOf("{" + Prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        while (start >= 0)
        {
            var end = text.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            var id = text.Substring(start + 1 + Prefix.Length, end - start - 1 - Prefix.Length);
            if (rules.Contains(id))
            {
                builder.Append(text, copied, start - copied);
                builder.Append(rules[id].Days.ToString(CultureInfo.InvariantCulture));
                copied = end + 1;
            }

            start = text.IndexOf("{" + Prefix, end, StringComparison.Ordinal);
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    /// <summary>The rule ids a text cites, in order of appearance.</summary>
    public static IReadOnlyList<string> Cited(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new List<string>();
        var start = text.IndexOf("{" + Prefix, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            ids.Add(text.Substring(start + 1 + Prefix.Length, end - start - 1 - Prefix.Length));
            start = text.IndexOf("{" + Prefix, end, StringComparison.Ordinal);
        }

        return ids;
    }
}
