using System.Globalization;

namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>Splits folded text into <see cref="DateToken"/>s without allocating; everything else (spaces, commas, emoji,
/// control and direction characters) only separates tokens.</summary>
internal static class DateTokenizer
{
    public static int Tokenize(ReadOnlySpan<char> text, Span<DateToken> tokens)
    {
        var count = 0;
        var i = 0;
        var clause = false;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start < 4)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    i++;
                }

                var digits = i - start;
                // Russian writes the ordinal ending after a hyphen ("1-го ноября", "5-е"); no date part is a word.
                var suffixAt = i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1]) ? i + 1 : i;
                var wordEnd = WordEnd(text, suffixAt);
                var ordinal = wordEnd > suffixAt && IsOrdinalSuffix(text[suffixAt..wordEnd]);
                var end = ordinal ? wordEnd : i;
                tokens[count++] = new DateToken
                {
                    Kind = DateTokenKind.Number,
                    Start = start,
                    Length = end - start,
                    Value = digits > 4 ? -1 : value,
                    Digits = digits,
                    Ordinal = ordinal,
                    ClauseStart = clause,
                };
                clause = false;
                i = end;
            }
            else if (IsWordChar(c))
            {
                i = WordEnd(text, i);
                tokens[count++] = new DateToken { Kind = DateTokenKind.Word, Start = start, Length = i - start, ClauseStart = clause };
                clause = false;
            }
            else
            {
                if (c is ',' or ';' or '!' or '?' or '\n' || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
                {
                    clause = true;
                }

                // A hyphen inside a word ("twenty-one") joins words; between numbers it separates a date's parts.
                var wordHyphen = c == '-' && i > 0 && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i + 1]);
                if (c is '/' or '-' or '.' or ':' && !wordHyphen)
                {
                    tokens[count++] = new DateToken { Kind = DateTokenKind.Separator, Start = start, Length = 1, Separator = c };
                }

                i++;
            }
        }

        return count;
    }

    /// <summary>Letters and the combining marks of decomposed accents.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>English st/nd/rd/th, French e/er/re/ème, Spanish, Portuguese and Italian º/ª, Russian го/ого/е/ое/й/ый/ий, Polish go, Spanish ro/ero
    /// (text is folded: lower case, no accents).</summary>
    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix is "st" or "nd" or "rd" or "th" or "e" or "er" or "re" or "eme" or "º" or "ª"
            or "го" or "ого" or "е" or "ое" or "й" or "ый" or "ий" or "go" or "ro" or "ero";
}
