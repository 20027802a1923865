using System.Globalization;
using System.Text;

namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>
/// Lower case without accents, so that "Février", "fevrier" and "FÉVRIER" are one word, as everywhere else in the bot.
/// Only Latin letters lose their accents (Cyrillic й stays й); combining marks of decomposed text are dropped. Polish ł
/// has no decomposition, yet buyers type it as l ("zostalo"), so it folds to l as the text scanner folds it.
/// </summary>
internal static class DateFolding
{
    private const char First = '\u00C0';
    private const char Last = '\u024F';
    private const int StackLimit = 2048;

    private static readonly char[] LatinTable = BuildLatinTable();

    /// <summary>Folds <paramref name="text"/> into <paramref name="into"/> (at least as long); returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            into[length++] = Fold(c);
        }

        return length;
    }

    public static string Fold(string text)
    {
        // A message is folded on the stack (the reader's longest is 2,000 characters): only the folded string is new.
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Fold(text, buffer)]);
    }

    private static char Fold(char c) => c switch
    {
        < '\u0080' => char.ToLowerInvariant(c),
        >= First and <= Last => LatinTable[c - First],
        _ => char.ToLowerInvariant(c),
    };

    private static char[] BuildLatinTable()
    {
        var table = new char[Last - First + 1];
        for (var c = First; c <= Last; c++)
        {
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[c - First] = decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0]) ? decomposed[0] : lower;
        }

        table['ł' - First] = table['Ł' - First] = 'l';

        return table;
    }
}
