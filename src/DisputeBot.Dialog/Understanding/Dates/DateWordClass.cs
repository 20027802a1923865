namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>What a vocabulary phrase means to the date reader.</summary>
internal enum DateWordClass : byte
{
    Today,
    Yesterday,
    Tomorrow,

    /// <summary>Two days back in one word ("позавчера", "anteontem").</summary>
    DayBeforeYesterday,

    /// <summary>"up to now" ("do dziś", "hasta hoy"): its "today" is no date of the order.</summary>
    UntilNow,
    Ago,
    Left,
    In,
    Day,
    Week,
    Month,
    MonthName,
    Hour,
    Weekday,
    Number,
    LessThan,

    /// <summary>"since": the date after it is past.</summary>
    Since,

    /// <summary>A day of the month in words ("sixth", "twenty first"); read only beside a month name.</summary>
    Ordinal,

    // Words that say what a nearby date is (see DateFound.Role).
    Shipped,
    Delivered,
    Paid,
    Timer,
    TimerEnded,
    DisputeOpened,

    /// <summary>A seller's request to wait: the span it goes with is no date of this order.</summary>
    SellerWait,

    /// <summary>The parcel still moving ("in transit since…"): the date is the last tracking update, no date of the order.</summary>
    InTransit,
}
