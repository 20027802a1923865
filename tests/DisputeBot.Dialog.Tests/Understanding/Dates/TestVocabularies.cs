using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Understanding.Dates;

/// <summary>Vocabularies built in code, shaped like dialogs/{language}/vocabulary.yaml.</summary>
internal static class TestVocabularies
{
    public static Vocabulary English { get; } = new(
        Yes: ["yes"],
        No: ["no"],
        Partly: ["partly"],
        Today: ["today"],
        Yesterday: ["yesterday"],
        Tomorrow: ["tomorrow"],
        Ago: ["ago"],
        Left: ["left", "remaining", "to go"],
        In: ["in", "within"],
        Day: ["day", "days", "d"],
        Week: ["week", "weeks", "wk"],
        Month: ["month", "months"],
        MonthNames:
        [
            ["january", "jan"], ["february", "feb", "febuary"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"],
            ["december", "dec"],
        ],
        PayPal: ["paypal"],
        Card: ["card"],
        DontKnow: ["don't know"]);

    /// <summary>French puts "ago" before the count, in three words ("il y a 3 jours").</summary>
    public static Vocabulary French { get; } = English with
    {
        Today = ["aujourd'hui"],
        Yesterday = ["hier"],
        Tomorrow = ["demain"],
        Ago = ["il y a"],
        Left = ["restant", "restants"],
        In = ["dans"],
        Day = ["jour", "jours", "j"],
        Week = ["semaine", "semaines"],
        Month = ["mois"],
        MonthNames =
        [
            ["janvier"], ["février", "fevrier"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août", "aout"],
            ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre"],
        ],
    };

    public static Vocabulary German { get; } = English with
    {
        Today = ["heute"],
        Ago = ["vor"],
        Left = ["übrig"],
        In = ["in", "noch"],
        Day = ["tag", "tage", "tagen"],
        Week = ["woche", "wochen"],
        Month = ["monat", "monaten"],
        MonthNames =
        [
            ["januar", "jan"], ["februar", "feb"], ["märz", "maerz", "mär"], ["april"], ["mai"], ["juni"], ["juli"],
            ["august"], ["september"], ["oktober"], ["november"], ["dezember"],
        ],
    };
}
