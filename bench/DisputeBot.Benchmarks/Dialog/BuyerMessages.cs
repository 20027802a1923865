namespace DisputeBot.Benchmarks.Dialog;

/// <summary>
/// The messages of <see cref="TurnBenchmarks"/> in one language, typed as its buyers write them (accents left out
/// where buyers leave them out, as in the advice book's cases for that language). The same facts in every language:
/// an empty box, delivered 5 days ago, paid by card 3 weeks ago, 12 days left on the timer, a seller asking to close
/// the dispute for a resend.
/// </summary>
/// <param name="Locale">What the channel reports.</param>
/// <param name="FreeText">The problem, in the buyer's words.</param>
/// <param name="SeveralFacts">Arrival, problem, payment and two dates in one message.</param>
/// <param name="DaysLeft">The timer: 12 days left.</param>
/// <param name="DaysAgo">A date: 3 days ago.</param>
/// <param name="SellerOffer">A seller's message pasted in, asking to close the dispute for a resend.</param>
internal sealed record BuyerMessages(string Locale, string FreeText, string SeveralFacts, string DaysLeft, string DaysAgo, string SellerOffer)
{
    public static BuyerMessages For(string language) => language switch
    {
        "en" => new(
            "en-GB",
            "the box came empty, nothing inside",
            "it arrived 5 days ago but the box was empty, I paid by card 3 weeks ago",
            "12 days left",
            "3 days ago",
            "Dear friend, please close the dispute and we will resend a new one for you"),
        "ru" => new(
            "ru-RU",
            "пришла пустая коробка, внутри ничего не было",
            "посылка пришла 5 дней назад, но коробка пустая, оплачивал картой 3 недели назад",
            "осталось 12 дней",
            "3 дня назад",
            "продавец пишет: Дорогой друг, пожалуйста, закройте спор, и мы отправим вам новый товар"),
        "es" => new(
            "es-ES",
            "me llego la caja vacia, dentro no habia nada",
            "me llego hace 5 dias pero la caja estaba vacia, pague con tarjeta hace 3 semanas",
            "quedan 12 dias",
            "hace 3 dias",
            "el vendedor me ha escrito esto: Querido amigo, por favor cierre la disputa y le reenviaremos uno nuevo"),
        "pt-BR" => new(
            "pt-BR",
            "chegou a caixa vazia, nao tinha nada dentro",
            "chegou faz 5 dias mas a caixa veio vazia, paguei no cartao ha 3 semanas",
            "faltam 12 dias",
            "faz 3 dias",
            "o vendedor mandou isso: Caro amigo, por favor feche a disputa e vamos reenviar um novo"),
        "pl" => new(
            "pl-PL",
            "przyszla pusta paczka, w srodku nic nie bylo",
            "paczka przyszla 5 dni temu ale byla pusta, placilem karta 3 tygodnie temu",
            "zostalo 12 dni",
            "3 dni temu",
            "sprzedawca napisal: Drogi przyjacielu, prosze zamknij spor a wyslemy nowy produkt"),
        "fr" => new(
            "fr-FR",
            "j'ai reçu un colis vide, rien à l'intérieur",
            "reçu il y a 5 jours mais le colis était vide, j'ai payé par carte il y a 3 semaines",
            "il reste 12 jours",
            "il y a 3 jours",
            "le vendeur m'a écrit : Cher ami, merci de fermer le litige et nous vous renverrons un nouvel article"),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No buyer messages for this language."),
    };
}
