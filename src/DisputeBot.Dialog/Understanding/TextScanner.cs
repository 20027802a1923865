using System.Globalization;
using System.Text;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Cuts text into lower-case, accent-free, stemmed tokens: letters and digits form tokens (a switch between them
/// splits: "12pcs" → "12", "pcs"); apostrophes and combining marks join ("don't" → "dont"), except after a French
/// elided word ("l'écran" → "l", "ecran"); emoji, symbols and
/// control characters separate; clause punctuation marks the next token. Never throws, bounded by the buffer's limits.
/// </summary>
internal static class TextScanner
{
    private enum CharClass : byte
    {
        Separator,
        Space,
        Letter,
        Digit,
        Joiner,
        Slash,
        ClauseBreak,
    }

    private const int FoldedRangeEnd = 0x0530;

    /// <summary>Lower-case letter without its accent for Latin, Greek and Cyrillic; '\0' for non-letters.</summary>
    private static readonly char[] Folded = BuildFoldTable();

    public static void Scan(string? text, TokenizedText tokens)
    {
        tokens.Count = 0;
        tokens.OnlyQuestionMarks = false;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var limit = Math.Min(text.Length, TokenizedText.MaxChars);
        var kind = CharClass.Separator; // of the token being read: Letter, Digit, or Separator for none
        var length = 0;
        var truncated = false;
        var clauseStart = true;
        var slashAfterDigits = false;
        var afterSlash = false;
        var questionMarks = 0;
        var other = 0;

        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            var cls = Classify(c, out var folded);
            if (c == '?')
            {
                questionMarks++;
            }
            else if (cls is not CharClass.Space)
            {
                other++;
            }

            switch (cls)
            {
                case CharClass.Letter or CharClass.Digit:
                    if (kind != cls && kind != CharClass.Separator)
                    {
                        End();
                    }

                    if (kind == CharClass.Separator)
                    {
                        kind = cls;
                        length = 0;
                        truncated = false;
                        afterSlash = cls == CharClass.Digit && slashAfterDigits;
                        slashAfterDigits = false;
                    }

                    if (length < TokenizedText.MaxTokenLength)
                    {
                        if (tokens.Count < TokenizedText.MaxTokens)
                        {
                            tokens.Chars[(tokens.Count * TokenizedText.MaxTokenLength) + length] = folded;
                        }

                        length++;
                    }
                    else
                    {
                        truncated = true;
                    }

                    break;

                case CharClass.Joiner:
                    if (kind == CharClass.Letter && IsApostrophe(c) && i + 1 < limit && char.IsLetter(text[i + 1]) && IsElision(tokens, length))
                    {
                        // French elision: "l'écran" is "l" and "écran", "qu'un" is "qu" and "un" ("don't", "i'm" stay one word).
                        End();
                    }

                    break;

                case CharClass.Slash:
                    var lastWasDigits = kind == CharClass.Digit
                        || (kind == CharClass.Separator && tokens.Count > 0 && tokens.Has(tokens.Count - 1, TokenFlags.Digits));
                    End();
                    slashAfterDigits = lastWasDigits;
                    break;

                case CharClass.Space:
                    End();
                    break;

                case CharClass.ClauseBreak:
                    End();
                    clauseStart = true;
                    slashAfterDigits = false;
                    break;

                default:
                    End();
                    slashAfterDigits = false;
                    break;
            }

            if (tokens.Count >= TokenizedText.MaxTokens && kind == CharClass.Separator)
            {
                break;
            }
        }

        End();
        tokens.OnlyQuestionMarks = questionMarks > 0 && other == 0;

        void End()
        {
            if (kind == CharClass.Separator)
            {
                return;
            }

            if (tokens.Count < TokenizedText.MaxTokens && length > 0)
            {
                var index = tokens.Count;
                var flags = TokenFlags.None;
                if (clauseStart)
                {
                    flags |= TokenFlags.ClauseStart;
                }

                if (truncated)
                {
                    flags |= TokenFlags.Truncated;
                }

                if (kind == CharClass.Digit)
                {
                    flags |= TokenFlags.Digits;
                    if (afterSlash)
                    {
                        flags |= TokenFlags.AfterSlash;
                    }
                }
                else if (!truncated)
                {
                    length = Stemmer.Stem(tokens.Chars.AsSpan(index * TokenizedText.MaxTokenLength, TokenizedText.MaxTokenLength), length);
                }

                tokens.Length[index] = length;
                tokens.Flags[index] = flags;
                tokens.Count++;
                clauseStart = false;
            }

            kind = CharClass.Separator;
            length = 0;
            afterSlash = false;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '`' or '\u2019' or '\u2018' or '\u02BC' or '\u00B4';

    /// <summary>The token being read is a French elided word: l', d', j', n', s', c', m', t' or qu'.</summary>
    private static bool IsElision(TokenizedText tokens, int length)
    {
        if (tokens.Count >= TokenizedText.MaxTokens)
        {
            return false;
        }

        var at = tokens.Count * TokenizedText.MaxTokenLength;
        return length switch
        {
            1 => tokens.Chars[at] is 'l' or 'd' or 'j' or 'n' or 's' or 'c' or 'm' or 't',
            2 => tokens.Chars[at] == 'q' && tokens.Chars[at + 1] == 'u',
            _ => false,
        };
    }

    private static CharClass Classify(char c, out char folded)
    {
        folded = c;
        if (c < 128)
        {
            switch (c)
            {
                case >= 'a' and <= 'z':
                    return CharClass.Letter;
                case >= 'A' and <= 'Z':
                    folded = (char)(c + ('a' - 'A'));
                    return CharClass.Letter;
                case >= '0' and <= '9':
                    return CharClass.Digit;
                case '\'' or '`':
                    return CharClass.Joiner;
                case '/':
                    return CharClass.Slash;
                case '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '\n' or '\r':
                    return CharClass.ClauseBreak;
                case ' ' or '\t':
                    return CharClass.Space;
                default:
                    return CharClass.Separator;
            }
        }

        if (c is '\u2019' or '\u2018' or '\u02BC' or '\u00B4')
        {
            return CharClass.Joiner;
        }

        if (c < FoldedRangeEnd && Folded[c] != '\0')
        {
            folded = Folded[c];
            return CharClass.Letter;
        }

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                folded = char.ToLowerInvariant(c);
                return CharClass.Letter;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format:
                // Accents written separately, zero-width joiners, right-to-left marks: part of the word.
                return CharClass.Joiner;
            case UnicodeCategory.DecimalDigitNumber:
                var digit = (int)char.GetNumericValue(c);
                if (digit is >= 0 and <= 9)
                {
                    folded = (char)('0' + digit);
                    return CharClass.Digit;
                }

                return CharClass.Separator;
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return CharClass.Space;
            case UnicodeCategory.OtherPunctuation:
                // 。 ، ؟ ¿ ¡ and the like end a clause.
                return CharClass.ClauseBreak;
            default:
                return CharClass.Separator;
        }
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[FoldedRangeEnd];
        for (var c = 0; c < FoldedRangeEnd; c++)
        {
            var ch = (char)c;
            if (!char.IsLetter(ch))
            {
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            table[c] = char.ToLowerInvariant(decomposed[0]);
        }

        // Letters with a stroke have no decomposition.
        table['ł'] = table['Ł'] = 'l';
        table['ø'] = table['Ø'] = 'o';
        table['đ'] = table['Đ'] = 'd';
        table['ħ'] = table['Ħ'] = 'h';
        return table;
    }
}
