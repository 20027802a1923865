using System.Collections.Frozen;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>
/// Tells a message written in a language the bot does not read yet (Spanish, Portuguese, Russian, Polish, French),
/// so the dialog can say once that it reads English only. Cyrillic script decides alone; Latin-script languages need
/// a few of their common words (words English does not share), so a stray accent or a brand name is not enough.
/// </summary>
internal static class LanguageGuess
{
    // Common words of each language that English does not use ("no", "a", "me" are left out on purpose).
    private static readonly FrozenSet<string> ForeignWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        // Spanish
        "el", "los", "las", "que", "del", "mi", "mis", "por", "pedido", "llegó", "llego", "paquete", "hola", "es", "está",
        "esta", "pero", "para", "una", "vendedor", "reembolso", "todavía", "todavia", "aún", "nunca", "tengo", "recibí",
        "recibi", "gracias", "cuando", "qué", "cómo", "como", "dinero", "disputa", "hace", "días", "dias", "ya", "muy",
        // Portuguese
        "não", "nao", "meu", "minha", "chegou", "os", "do", "da", "com", "um", "uma", "olá", "ola", "ainda", "é",
        "encomenda", "recebi", "obrigado", "obrigada", "dinheiro", "disputa", "já", "dias", "você", "voce", "está",
        // Polish
        "nie", "jest", "mój", "moja", "moje", "zamówienie", "zamowienie", "paczka", "przesyłka", "przesylka", "dotarła",
        "dotarla", "sprzedawca", "się", "sie", "że", "czy", "jeszcze", "dzień", "dzien", "dobry", "otrzymałem",
        "otrzymalem", "pieniądze", "pieniadze", "zwrot", "spór", "dni", "temu", "przyszła", "przyszla",
        // French
        "je", "mon", "mes", "le", "les", "pas", "est", "colis", "commande", "reçu", "recu", "vendeur", "remboursement",
        "bonjour", "toujours", "avec", "pour", "et", "du", "des", "qui", "jamais", "arrivé", "arrive", "litige",
        "jours", "il", "y", "ai", "j'ai", "n'est", "c'est", "merci", "mais", "rien");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignLookup =
        ForeignWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MinCyrillicLetters = 3;

    public static bool IsOtherLanguage(string text)
    {
        var cyrillic = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c is >= '\u0400' and <= '\u04FF')
                {
                    cyrillic++;
                }
            }
        }

        if (cyrillic >= MinCyrillicLetters && cyrillic * 3 >= letters)
        {
            return true;
        }

        var words = 0;
        var hits = 0;
        var longHit = false;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim(",.;:!?¿¡()\"'\t\r\n");
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                continue;
            }

            words++;
            if (ForeignLookup.Contains(word))
            {
                hits++;
                longHit |= word.Length >= 4;
            }
        }

        // Two foreign words making a third of the message, or a one-word message that is a clear foreign word ("hola").
        return (hits >= 2 && hits * 3 >= words) || (words == 1 && hits == 1 && longHit);
    }
}
