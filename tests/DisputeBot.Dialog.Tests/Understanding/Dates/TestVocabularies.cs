using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Understanding.Dates;

/// <summary>Vocabularies built in code, shaped like dialogs/{language}/vocabulary.yaml.</summary>
internal static class TestVocabularies
{
    /// <summary>The date words of dialogs/en/vocabulary.yaml as first written.</summary>
    public static Vocabulary English { get; } = new(
        Yes: ["yes"],
        No: ["no"],
        Partly: ["partly"],
        Today: ["today", "tonight", "this morning", "now"],
        Yesterday: ["yesterday", "yday", "yest"],
        Tomorrow: ["tomorrow", "tmrw", "tmr", "tomorow", "tommorow"],
        Ago: ["ago", "back", "before"],
        Left: ["left", "remaining", "remain", "to go", "more"],
        In: ["in", "within", "after"],
        Day: ["day", "days", "d", "dys"],
        Week: ["week", "weeks", "wk", "wks", "w"],
        Month: ["month", "months", "mo", "mos", "mth", "mths"],
        MonthNames:
        [
            ["january", "jan", "janury", "januray", "jenuary", "janaury"],
            ["february", "feb", "febuary", "febrary", "feburary", "februry"],
            ["march", "mar", "mrach"],
            ["april", "apr", "apirl", "aprl"],
            ["may"],
            ["june", "jun", "juen"],
            ["july", "jul", "jully", "juli"],
            ["august", "aug", "augst", "agust", "auguest"],
            ["september", "sep", "sept", "setpember", "septmber", "septemebr"],
            ["october", "oct", "octobre", "ocotber", "octber"],
            ["november", "nov", "novmber", "novemeber", "noveber"],
            ["december", "dec", "decmber", "decemeber", "desember"],
        ],
        PayPal: ["paypal"],
        Card: ["card"],
        DontKnow: ["don't know"]);

    /// <summary>French puts "ago" before the count, in three words ("il y a 3 jours"); month names only with accents.</summary>
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
            ["janvier"], ["février"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août"], ["septembre"],
            ["octobre"], ["novembre"], ["décembre"],
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
