namespace DisputeBot.Dialog.Knowledge;

/// <summary>Small words the dialog understands in one language (dialogs/{language}/vocabulary.yaml).</summary>
/// <param name="Yes">Words meaning yes ("yes", "yep", "y").</param>
/// <param name="No">Words meaning no.</param>
/// <param name="Partly">Phrases meaning "only part of it arrived".</param>
/// <param name="Today">"today".</param>
/// <param name="Yesterday">"yesterday".</param>
/// <param name="Tomorrow">"tomorrow".</param>
/// <param name="Ago">Words after a count meaning in the past ("ago").</param>
/// <param name="Left">Words after a count meaning remaining ("left", "remaining").</param>
/// <param name="In">Words before a count meaning in the future ("in").</param>
/// <param name="Day">Forms of "day" ("day", "days", "d").</param>
/// <param name="Week">Forms of "week".</param>
/// <param name="Month">Forms of "month".</param>
/// <param name="MonthNames">Twelve lists, January first: full names, abbreviations and common misspellings.</param>
/// <param name="PayPal">Words naming PayPal.</param>
/// <param name="Card">Words naming a card or AliExpress's own payment.</param>
/// <param name="DontKnow">Phrases meaning "I don't know / can't see it / skip".</param>
public sealed record Vocabulary(
    IReadOnlyList<string> Yes,
    IReadOnlyList<string> No,
    IReadOnlyList<string> Partly,
    IReadOnlyList<string> Today,
    IReadOnlyList<string> Yesterday,
    IReadOnlyList<string> Tomorrow,
    IReadOnlyList<string> Ago,
    IReadOnlyList<string> Left,
    IReadOnlyList<string> In,
    IReadOnlyList<string> Day,
    IReadOnlyList<string> Week,
    IReadOnlyList<string> Month,
    IReadOnlyList<IReadOnlyList<string>> MonthNames,
    IReadOnlyList<string> PayPal,
    IReadOnlyList<string> Card,
    IReadOnlyList<string> DontKnow);
