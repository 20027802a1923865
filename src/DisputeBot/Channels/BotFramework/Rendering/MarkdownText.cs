using System.Buffers;
using System.Text;

namespace DisputeBot.Channels.BotFramework.Rendering;

/// <summary>Markdown helpers. The dialog's texts are plain, so every character Markdown would read as syntax is
/// escaped with a backslash (CommonMark, which Web Chat and Teams follow).</summary>
public static class MarkdownText
{
    private static readonly SearchValues<char> Inline = SearchValues.Create("\\`*_[]<>~|&#");

    private static readonly SearchValues<char> BlockStart = SearchValues.Create("#>-+=0123456789");

    /// <summary>Escapes inline syntax anywhere and block syntax (headings, lists, quotes, rules) at the start of a line.</summary>
    public static string Escape(string text)
    {
        // Most texts need nothing escaped: then no copy is made.
        if (text.AsSpan().IndexOfAny(Inline) < 0 && !AnyLineStartsLikeSyntax(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                builder.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && (c == ' ' || c == '\t'))
            {
                builder.Append(c);
                continue;
            }

            if (lineStart && c is '#' or '>' or '-' or '+' or '=')
            {
                builder.Append('\\').Append(c);
                lineStart = false;
                continue;
            }

            if (lineStart && char.IsAsciiDigit(c))
            {
                // "12. text" or "12) text" would start an ordered list.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                builder.Append(text, i, end - i);
                if (end < text.Length && text[end] is '.' or ')')
                {
                    builder.Append('\\').Append(text[end]);
                    end++;
                }

                i = end - 1;
                lineStart = false;
                continue;
            }

            lineStart = false;
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '|' or '&' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a line begins (after its indent) with a character that could open a heading, quote, list or
    /// rule, which <see cref="Escape"/> would escape.</summary>
    private static bool AnyLineStartsLikeSyntax(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var i = start;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < text.Length && BlockStart.Contains(text[i]))
            {
                return true;
            }

            var newline = text.IndexOf('\n', i);
            if (newline < 0)
            {
                return false;
            }

            start = newline + 1;
        }

        return false;
    }

    /// <summary>Bold text (escaped; surrounding spaces moved outside, where Markdown needs them).</summary>
    public static string Bold(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? string.Empty : $"**{Escape(trimmed)}**";
    }

    /// <summary>Italic text, escaped.</summary>
    public static string Italic(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? string.Empty : $"_{Escape(trimmed)}_";
    }

    /// <summary>A fence longer than any run of backticks in the content, so the content cannot close it.</summary>
    public static string FenceFor(IEnumerable<string> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = c == '`' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }

        return new string('`', Math.Max(3, longest + 1));
    }
}
