using System.Text;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// A message's words (letters, digits, inner apostrophes, hyphens and points) and single punctuation marks, kept as
/// places in the text and read in place: cutting a message into a string a word was a sixth of a several-facts turn's
/// allocations (the item reader, Dialog.TurnBenchmarks 2026-12-08).
/// </summary>
internal readonly struct MessageWords
{
    private readonly string _text;
    private readonly List<(int Start, int Length)> _words;

    public MessageWords(string text)
    {
        _text = text;
        _words = new List<(int Start, int Length)>(32);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                _words.Add((i, 1));
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '\u2019' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            _words.Add((start, i - start));
        }
    }

    public int Count => _words.Count;

    public ReadOnlySpan<char> this[int index] => _text.AsSpan(_words[index].Start, _words[index].Length);

    /// <summary>The words from <paramref name="first"/> up to <paramref name="end"/>, as typed, one space apart.</summary>
    public string Join(int first, int end)
    {
        var joined = new StringBuilder();
        for (var k = first; k < end; k++)
        {
            joined.Append(k > first ? " " : string.Empty).Append(this[k]);
        }

        return joined.ToString();
    }
}
