using System.Globalization;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// The item's price and the return postage named in one message, in any order ("postage is 20 euro and the lamp cost
/// 15"): each amount belongs to the nearest price or postage word before it.
/// </summary>
public sealed partial class ReturnCostReader
{
    /// <summary>Stands where a sentence ended: a naming word of another sentence names nothing here ("full refund with
    /// return? the shoes cost 12": the 12 is the price, not the postage).</summary>
    private const string SentenceEnd = "|";

    /// <summary>How many words back from an amount its naming word may stand ("postage would be about 20").</summary>
    private const int Reach = 4;

    // Made once: a char list written in a call (params char[]) is a new array on every call.
    private static readonly char[] Separators = [' ', ',', ';', ':', '\t', '\n', '\r', '!', '?'];
    private static readonly char[] Quotes = ['.', '\'', '"'];

    private readonly HashSet<string> _postage;
    private readonly HashSet<string> _price;

    public ReturnCostReader(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _postage = new HashSet<string>(vocabulary.AmountPostage, StringComparer.OrdinalIgnoreCase);
        _price = new HashSet<string>(vocabulary.AmountPrice, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A postage word is somewhere in the text (a word of it or not: the word-by-word reading decides).</summary>
    private bool NamesPostage(string text)
    {
        foreach (var word in _postage)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool PostageBefore(string[] words, int at)
    {
        for (var back = at - 1; back >= 0 && back >= at - Reach && words[back] != SentenceEnd; back--)
        {
            if (_postage.Contains(words[back].Trim(Quotes)))
            {
                return true;
            }

            if (_price.Contains(words[back].Trim(Quotes)) || AmountReader.TryReadOne(words[back], CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The price and postage when both are named; null otherwise.</summary>
    public (decimal Price, decimal Postage)? Read(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('0', '9') || !NamesPostage(text))
        {
            return null; // no typed amount or no postage word: nothing to weigh, and every message comes here
        }

        var words = SentenceEnds().Replace(text, " " + SentenceEnd + " ").Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        decimal? price = null;
        decimal? postage = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!AmountReader.TryReadOne(words[i], culture, out var amount))
            {
                continue;
            }

            for (var back = i - 1; back >= 0 && back >= i - Reach && words[back] != SentenceEnd; back--)
            {
                var word = words[back].Trim(Quotes);
                if (_postage.Contains(word))
                {
                    postage ??= amount;
                    break;
                }

                if (_price.Contains(word))
                {
                    // "return shipping costs 5", "shipping back to china costs 30": a price word after a postage word
                    // names the postage.
                    if (PostageBefore(words, back))
                    {
                        postage ??= amount;
                    }
                    else
                    {
                        price ??= amount;
                    }

                    break;
                }
            }
        }

        return price is { } p && postage is { } s ? (p, s) : null;
    }

    /// <summary>A sentence's end: '.', '!' or '?' before a space or the end (not the point of "12.50").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?]+(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnds();
}
