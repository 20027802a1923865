using System.Text;

namespace DisputeBot.Channels.Telegram.Rendering;

/// <summary>
/// Splits HTML longer than Telegram's 4096-character limit into messages, preferring paragraph breaks, then line
/// breaks, then spaces, and never cutting inside a tag, an entity or a surrogate pair. Tags open at a cut are closed
/// at the end of one part and reopened at the start of the next, so every part is valid on its own. Lengths are
/// counted on the HTML itself, which is never shorter than the visible text Telegram counts.
/// </summary>
public static class TelegramHtmlSplitter
{
    public const int MaxMessageLength = 4096;

    public static IReadOnlyList<string> Split(string html, int maxLength = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        if (html.Length <= maxLength)
        {
            return [html];
        }

        var tokens = Tokenize(html);
        var parts = new List<string>();
        var open = new List<Token>();
        var start = 0;
        while (start < tokens.Count)
        {
            var prefix = string.Concat(open.Select(t => t.Text));
            var stack = new List<Token>(open);
            var length = prefix.Length;
            var end = start;

            // Best cut after token i, per kind of break: index and the tags open there.
            var best = new (int End, List<Token>? Open)[4];
            while (end < tokens.Count)
            {
                var token = tokens[end];
                var next = Apply(stack, token);
                if (length + token.Text.Length + ClosingLength(next) > maxLength && end > start)
                {
                    break;
                }

                length += token.Text.Length;
                stack = next;
                end++;
                var rank = BreakRank(tokens, end);
                best[rank] = (end, stack);
            }

            if (end >= tokens.Count)
            {
                parts.Add(prefix + Concat(tokens, start, tokens.Count));
                break;
            }

            var (cut, openAtCut) = Choose(best, start, end);
            var body = (prefix + Concat(tokens, start, cut)).TrimEnd('\n', ' ');
            parts.Add(body + Closing(openAtCut!));
            open = openAtCut!;
            start = cut;
            while (start < tokens.Count && tokens[start].Text is "\n" or " ")
            {
                start++;
            }
        }

        return parts;
    }

    /// <summary>The strongest break that still fills at least half a message; else the strongest at all.</summary>
    private static (int End, List<Token>? Open) Choose((int End, List<Token>? Open)[] best, int start, int end)
    {
        for (var rank = 3; rank > 0; rank--)
        {
            if (best[rank].Open is not null && best[rank].End - start >= (end - start) / 2)
            {
                return best[rank];
            }
        }

        for (var rank = 3; rank >= 0; rank--)
        {
            if (best[rank].Open is not null)
            {
                return best[rank];
            }
        }

        return best[0];
    }

    /// <summary>3: after a blank line; 2: after a line break; 1: after a space; 0: any other token boundary.</summary>
    private static int BreakRank(List<Token> tokens, int end)
    {
        var last = tokens[end - 1].Text;
        if (last == "\n")
        {
            return end >= 2 && tokens[end - 2].Text == "\n" ? 3 : 2;
        }

        return last == " " ? 1 : 0;
    }

    private static List<Token> Apply(List<Token> stack, Token token)
    {
        if (token.Kind == TokenKind.Open)
        {
            return [.. stack, token];
        }

        if (token.Kind == TokenKind.Close)
        {
            var index = stack.FindLastIndex(t => t.Name == token.Name);
            if (index >= 0)
            {
                var popped = new List<Token>(stack);
                popped.RemoveAt(index);
                return popped;
            }
        }

        return stack;
    }

    private static int ClosingLength(List<Token> stack) => stack.Sum(t => t.Name!.Length + 3);

    private static string Closing(List<Token> stack)
    {
        var builder = new StringBuilder();
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            builder.Append("</").Append(stack[i].Name).Append('>');
        }

        return builder.ToString();
    }

    private static string Concat(List<Token> tokens, int from, int to)
    {
        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    private static List<Token> Tokenize(string html)
    {
        var tokens = new List<Token>(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && html.IndexOf('>', i) is var close and > 0)
            {
                var text = html[i..(close + 1)];
                var closing = text.StartsWith("</", StringComparison.Ordinal);
                var nameStart = closing ? 2 : 1;
                var nameEnd = nameStart;
                while (nameEnd < text.Length && char.IsAsciiLetterOrDigit(text[nameEnd]))
                {
                    nameEnd++;
                }

                var name = text[nameStart..nameEnd].ToLowerInvariant();
                tokens.Add(new Token(text, closing ? TokenKind.Close : TokenKind.Open, name));
                i = close + 1;
            }
            else if (c == '&' && html.IndexOf(';', i) is var semicolon and > 0 && semicolon - i <= 10)
            {
                tokens.Add(new Token(html[i..(semicolon + 1)], TokenKind.Text, null));
                i = semicolon + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                tokens.Add(new Token(html.Substring(i, 2), TokenKind.Text, null));
                i += 2;
            }
            else
            {
                tokens.Add(new Token(c.ToString(), TokenKind.Text, null));
                i++;
            }
        }

        return tokens;
    }

    private enum TokenKind
    {
        Text,
        Open,
        Close,
    }

    private sealed record Token(string Text, TokenKind Kind, string? Name);
}
