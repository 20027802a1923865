using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// A message cut into lower-case, accent-free words for the amount readers (folded as dates are, so "brakujące" and
/// "brakujace" are one word): "$23.50" is "$" and "23.50", "40€" is "40" and "€";
/// each word knows its clause (commas, full stops, question marks… end one), so "paid $30, 2 pieces missing" keeps the
/// price and the missing pieces apart.
/// </summary>
internal sealed class PlainWords
{
    /// <summary>Currency signs, read as the code of their currency.</summary>
    private static readonly Dictionary<char, string> Signs = new() { ['$'] = "usd", ['€'] = "eur", ['£'] = "gbp" };

    private PlainWords(List<string> words, List<int> clauses)
    {
        Words = words;
        Clauses = clauses;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The clause number of each word.</summary>
    public IReadOnlyList<int> Clauses { get; }

    public int Count => Words.Count;

    public static PlainWords Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var clauses = new List<int>();
        var clause = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var digits = char.IsAsciiDigit(c);
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\''
                    || (digits && (text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                words.Add(DateFolding.Fold(text[start..i]));
                clauses.Add(clause);
                continue;
            }

            if (Signs.TryGetValue(c, out var code))
            {
                words.Add(code);
                clauses.Add(clause);
            }
            else if (c is ',' or '.' or ';' or '!' or '?' or '\n' or ':')
            {
                clause++;
            }

            i++;
        }

        return new PlainWords(words, clauses);
    }

    public bool SameClause(int a, int b) => a >= 0 && b >= 0 && a < Count && b < Count && Clauses[a] == Clauses[b];
}
