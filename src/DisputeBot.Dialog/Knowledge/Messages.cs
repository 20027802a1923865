using System.Globalization;
using System.Text;

namespace DisputeBot.Dialog.Knowledge;

/// <summary>The dialog's wording in one language (dialogs/{language}/messages.yaml): key → text with {named} holes.</summary>
public sealed class Messages
{
    /// <summary>Reused by <see cref="Format"/> on each thread, so filling holes allocates only the finished text: without
    /// it a turn allocated 3–13 % more (Dialog.TurnBenchmarks, with and without in one session, 2026-12-07).</summary>
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private readonly IReadOnlyDictionary<string, string> _texts;

    public Messages(IReadOnlyDictionary<string, string> texts) => _texts = texts;

    public IEnumerable<string> Keys => _texts.Keys;

    public bool Contains(string key) => _texts.ContainsKey(key);

    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No message '{key}'.");

    /// <summary>The text for <paramref name="key"/> with {name} holes filled; unknown holes stay as written.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var text = this[key];
        if (values.Length == 0 || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        return IsPlain(values) && HolesClose(text) ? FillInOnePass(text, values) : ReplaceInOrder(text, values);
    }

    /// <summary>Each hole replaced by its value, in one pass. The same text as <see cref="ReplaceInOrder"/> when every
    /// '{' of the text closes before the next one opens and no value holds a brace: then no filled value can form a
    /// new hole, which is all that replacing in order would do differently.</summary>
    private static string FillInOnePass(string text, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        var i = 0;
        int open;
        while ((open = text.IndexOf('{', i)) >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            builder.Append(text, i, open - i);
            if (!AppendValue(builder, text.AsSpan(open + 1, close - open - 1), values))
            {
                builder.Append(text, open, close - open + 1);
            }

            i = close + 1;
        }

        builder.Append(text, i, text.Length - i);
        return builder.ToString();
    }

    /// <summary>Appends the first value named <paramref name="name"/>; false when there is none.</summary>
    private static bool AppendValue(StringBuilder builder, ReadOnlySpan<char> name, ReadOnlySpan<(string Name, object? Value)> values)
    {
        foreach (var (valueName, value) in values)
        {
            if (name.SequenceEqual(valueName))
            {
                if (value is int number)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"{number}");
                }
                else
                {
                    builder.Append((string?)value);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Names and values are without braces, and values are texts, numbers or null (what the dialog passes).</summary>
    private static bool IsPlain(ReadOnlySpan<(string Name, object? Value)> values)
    {
        foreach (var (name, value) in values)
        {
            if (name.AsSpan().IndexOfAny('{', '}') >= 0
                || (value is not (null or int) && (value is not string text || text.AsSpan().IndexOfAny('{', '}') >= 0)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every '{' is closed by a '}' before another '{' opens.</summary>
    private static bool HolesClose(string text)
    {
        var open = false;
        foreach (var c in text)
        {
            if (c == '{')
            {
                if (open)
                {
                    return false;
                }

                open = true;
            }
            else if (c == '}')
            {
                open = false;
            }
        }

        return !open;
    }

    /// <summary>Each "{name}" replaced by its value, one value after the other.</summary>
    private static string ReplaceInOrder(string text, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var builder = new StringBuilder(text);
        foreach (var (name, value) in values)
        {
            builder.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
