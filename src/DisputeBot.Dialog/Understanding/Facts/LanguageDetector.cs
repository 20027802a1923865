using System.Collections.Frozen;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>
/// Tells which language a buyer wrote in, among those AliExpress buyers write most (Russian, Spanish, Portuguese,
/// Polish, French); null for English or when unsure. Cyrillic script decides alone; Latin-script languages need a
/// few of their common words (words English does not share), so a stray accent or a brand name is not enough. Letters
/// only one language uses (ñ, ã, ł, ç...) tip a close call.
/// </summary>
public static class LanguageDetector
{
    private const int MinCyrillicLetters = 3;

    // Common words of each language that English does not use ("no", "a", "me" are left out on purpose).
    private static readonly (string Tag, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words, string Letters)[] Languages =
    [
        ("es", Lookup(
            "el", "los", "las", "que", "del", "mi", "mis", "por", "pedido", "llegó", "llego", "paquete", "hola", "es", "está",
            "esta", "pero", "para", "una", "vendedor", "reembolso", "todavía", "todavia", "aún", "aun", "nunca", "tengo", "recibí",
            "recibi", "gracias", "cuando", "qué", "cómo", "como", "dinero", "disputa", "hace", "días", "dias", "ya", "muy",
            "quedan", "queda", "llegado", "ha", "he", "hay", "pero", "roto", "rota", "ayer", "hoy", "sí", "vale", "envió", "envio",
            "enviado", "paquetes", "producto", "buenas", "buenos", "ninguna", "nada", "también", "tambien", "pagué", "pague",
            "abrí", "abrir", "tarjeta", "puedo", "llegaron", "quiero", "mañana", "semana", "semanas", "marzo", "mayo", "junio", "julio", "agosto"),
            "ñ¿¡"),
        ("pt", Lookup(
            "não", "nao", "meu", "minha", "chegou", "os", "do", "da", "com", "um", "uma", "olá", "ola", "ainda", "é",
            "encomenda", "recebi", "obrigado", "obrigada", "dinheiro", "disputa", "já", "dias", "você", "voce", "está",
            "há", "faltam", "falta", "pacote", "produto", "vendedor", "reembolso", "pedido", "ontem", "hoje", "sim", "veio",
            "quebrado", "quebrada", "paguei", "abri", "cartão", "cartao", "nada", "também", "tambem", "oi", "bom", "boa",
            "isso", "mas", "foi", "tenho", "estou", "rastreio", "quando", "posso", "pra", "vc", "faz", "chegaram", "cadê", "março", "marco", "abril", "maio", "junho", "julho", "agosto"),
            "ãõ"),
        ("pl", Lookup(
            "nie", "jest", "mój", "moja", "moje", "zamówienie", "zamowienie", "paczka", "przesyłka", "przesylka", "dotarła",
            "dotarla", "sprzedawca", "się", "sie", "że", "czy", "jeszcze", "dzień", "dzien", "dobry", "otrzymałem",
            "otrzymalem", "pieniądze", "pieniadze", "zwrot", "spór", "spor", "dni", "temu", "przyszła", "przyszla", "wczoraj",
            "dzisiaj", "dziś", "dzis", "tak", "paczki", "paczkę", "paczke", "zostało", "zostalo", "mam", "kartą", "karta",
            "zapłaciłem", "zaplacilem", "otworzyłem", "otworzylem", "uszkodzony", "uszkodzona", "cześć", "czesc", "witam",
            "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "października", "listopada", "grudnia", "stycznia",
            "zamówiłam", "zamowilam", "zamówiłem", "zamowilem", "nic", "październiku", "pazdzierniku", "listopadzie",
            "odebrałam", "odebralam", "brakuje"),
            "ąęłńśźżĄĘŁŃŚŹŻ"),
        ("fr", Lookup(
            "je", "mon", "mes", "le", "les", "pas", "est", "colis", "commande", "reçu", "recu", "vendeur", "remboursement",
            "bonjour", "toujours", "avec", "pour", "et", "du", "des", "qui", "jamais", "arrivé", "arrive", "litige",
            "jours", "il", "y", "ai", "j'ai", "n'est", "c'est", "merci", "mais", "rien", "hier", "aujourd'hui", "oui",
            "reste", "restent", "semaine", "cassé", "casse", "payé", "paye", "carte", "ouvert", "salut", "depuis", "toujours",
            "mars", "avril", "juin", "juillet", "août", "aout", "février", "fevrier", "décembre", "decembre",
            "arrivée", "arrivee", "cassée", "cassee", "écran", "ecran", "lecran", "montre"),
            "çœèêàù"),
    ];

    /// <summary>Common English words: a message with more of them than of another language's is English, however
    /// many short words it shares with that language ("what do i do now" has two Portuguese "do").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> English = Lookup(
        "i", "my", "the", "it", "is", "what", "do", "does", "did", "now", "have", "has", "got", "and", "you", "this", "that",
        "was", "not", "can", "should", "how", "when", "where", "why", "will", "with", "of", "to", "in", "on", "for", "be",
        "me", "your", "im", "i'm", "dont", "don't", "its", "it's", "yet", "still", "just", "but", "they", "he", "she");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"ru", "es", "pt", "pl" or "fr" when the text is clearly written in it; null for English or unsure.</summary>
    public static string? Detect(string text) => Detect(text, current: null);

    /// <summary>As <see cref="Detect(string)"/>, for a conversation already in <paramref name="current"/> ("pt-BR"):
    /// a message that reads clearly as that language too keeps it. Spanish and Portuguese share many words ("abri a
    /// disputa", "foi enviado ha 20 dias" without its accent), and a close call must not switch a buyer's language.</summary>
    public static string? Detect(string text, string? current)
    {
        ArgumentNullException.ThrowIfNull(text);
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
            return "ru";
        }

        var words = 0;
        var english = 0;
        Span<int> hits = stackalloc int[Languages.Length];
        Span<bool> longHit = stackalloc bool[Languages.Length];
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim(",.;:!?¿¡()\"'\t\r\n");
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                continue;
            }

            words++;
            english += English.Contains(word) ? 1 : 0;
            for (var l = 0; l < Languages.Length; l++)
            {
                if (Languages[l].Words.Contains(word))
                {
                    hits[l]++;
                    longHit[l] |= word.Length >= 4;
                }
            }
        }

        var best = -1;
        var bestScore = 0;
        for (var l = 0; l < Languages.Length; l++)
        {
            // Two common words making a third of the message, or a one-word message that is a clear word ("hola").
            var clear = ((hits[l] >= 2 && hits[l] * 3 >= words) || (words == 1 && hits[l] == 1 && longHit[l])) && hits[l] > english;
            if (!clear)
            {
                continue;
            }

            if (current is not null && SameLanguage(Languages[l].Tag, current))
            {
                return Languages[l].Tag;
            }

            // Words shared by two languages ("disputa", "vendedor") tie; a letter only one of them uses breaks it.
            var score = (hits[l] * 4) + (text.AsSpan().IndexOfAny(Languages[l].Letters) >= 0 ? 3 : 0);
            if (score > bestScore)
            {
                best = l;
                bestScore = score;
            }
        }

        return best < 0 ? null : Languages[best].Tag;
    }

    /// <summary>Whether two tags name the same language ("pt" and "pt-BR").</summary>
    public static bool SameLanguage(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Neutral(a).Equals(Neutral(b), StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> Neutral(string tag)
    {
        var dash = tag.AsSpan().IndexOfAny('-', '_');
        return dash > 0 ? tag.AsSpan(0, dash) : tag;
    }
}
