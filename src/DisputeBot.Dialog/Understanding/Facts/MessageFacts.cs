using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>
/// Everything one buyer message says, read whatever question was asked: "never came, tracking says delivered last
/// Tuesday, paid by card" yields an arrival, a problem, a delivery date and a payment method at once. A null (or
/// false) member means the message does not say it; the dialog keeps what it knew.
/// </summary>
public sealed record MessageFacts
{
    public static MessageFacts None { get; } = new();

    /// <summary>Whether the parcel came (no / yes / only part of it).</summary>
    public Arrival? Arrival { get; init; }

    /// <summary>The problem the text points to, if any cue matched.</summary>
    public CategoryGuess? Problem { get; init; }

    /// <summary>The seller has not shipped the order yet (a cancellation, not a dispute).</summary>
    public bool NotShipped { get; init; }

    /// <summary>Tracking shows "delivered" (whether or not the buyer has the parcel).</summary>
    public bool TrackingSaysDelivered { get; init; }

    /// <summary>What the buyer said of the order page's protection countdown.</summary>
    public TimerFact? Timer { get; init; }

    public DateFact? ShippedOn { get; init; }

    /// <summary>The day it was delivered, or the day tracking said delivered.</summary>
    public DateFact? DeliveredOn { get; init; }

    public DateFact? PaidOn { get; init; }

    public PaymentMethod? Payment { get; init; }

    public QuantityReport? Quantities { get; init; }

    /// <summary>Pieces received said without the count ordered ("i recounted, only 3 came"): the dialog pairs it with
    /// the count ordered it already knows. Null when <see cref="Quantities"/> is set.</summary>
    public int? ReceivedOnly { get; init; }

    /// <summary>Pieces said missing without the count ordered ("2 pieces are missing").</summary>
    public int? MissingCount { get; init; }

    /// <summary>A date no word places and no open question asks for ("sorry, it was actually the 3rd"): a correction
    /// of the date the dialog last took.</summary>
    public DateFact? UnplacedDate { get; init; }

    /// <summary>The day a wait the seller asks for would end ("seller says wait 15 more days"): weighed against the
    /// countdown, never a date of the order.</summary>
    public DateOnly? SellerWaitUntil { get; init; }

    /// <summary>Where the buyer's dispute stands, when the message says.</summary>
    public DisputeFact? Dispute { get; init; }

    /// <summary>A seller's offer or pressure that deserves a warning (never a question about it).</summary>
    public TrapWarning? Trap { get; init; }

    /// <summary>A common question the message asks.</summary>
    public FaqEntry? Question { get; init; }

    /// <summary>The message is phrased as a question (whether or not an FAQ entry matched).</summary>
    public bool IsQuestion { get; init; }

    /// <summary>Only a greeting ("hi", "hello there").</summary>
    public bool IsGreeting { get; init; }

    /// <summary>A plain yes or no, when the message is one.</summary>
    public bool? YesNo { get; init; }

    /// <summary>"I don't know", "not sure", "can't see it".</summary>
    public bool DontKnow { get; init; }

    /// <summary>A text that was shaped like a date but is no real day ("31/02"): the dialog asks again.</summary>
    public bool ImpossibleDate { get; init; }

    /// <summary>The buyer says they already confirmed receipt: the last day is then at most 15 days from it (seed 000).</summary>
    public bool ReceiptConfirmed { get; init; }

    /// <summary>The message is written in a language the bot does not read yet (Spanish, Russian…).</summary>
    public bool OtherLanguage { get; init; }

    /// <summary>The message corrects something said before ("sorry i meant 49.99 not 59.99"): the dialog puts the
    /// new value in the place of the fact it matches.</summary>
    public Correction? Correction { get; init; }

    /// <summary>True when nothing at all was read.</summary>
    public bool IsEmpty => this == None;
}

/// <summary>A date the buyer gave. <see cref="Alternative"/> is set when a numeric date reads two ways (05/03): the
/// dialog confirms which before using it.</summary>
public sealed record DateFact(DateOnly Date, DateOnly? Alternative = null)
{
    public bool IsAmbiguous => Alternative is not null;
}

/// <summary>What the buyer said of the protection countdown on the order page.</summary>
/// <param name="Kind">Running, already ended, or not visible.</param>
/// <param name="EndsOn">The countdown's last day in the buyer's calendar (running: now + time left; ended: the day it
/// ended, if said). Null when unknown.</param>
/// <param name="Left">The time left as the buyer gave it ("5 days", "19 hours"), for running timers.</param>
/// <param name="EndsOnAlternative">A typed end date that reads two ways (05/03).</param>
public sealed record TimerFact(TimerKind Kind, DateOnly? EndsOn = null, TimeSpan? Left = null, DateOnly? EndsOnAlternative = null);

public enum TimerKind
{
    /// <summary>The countdown still runs.</summary>
    Running,

    /// <summary>The countdown has ended ("it ended on 1 December", "the timer ran out", "confirmation timeout").</summary>
    Ended,

    /// <summary>The buyer sees no countdown or does not know.</summary>
    NotVisible,
}

/// <summary>Where the buyer's AliExpress dispute stands.</summary>
/// <param name="Kind">What the message says of it.</param>
/// <param name="On">The day it happened, when said ("opened it on Monday").</param>
public sealed record DisputeFact(DisputeKind Kind, DateOnly? On = null);

public enum DisputeKind
{
    /// <summary>No dispute opened yet.</summary>
    NotOpened,

    /// <summary>A dispute is open.</summary>
    Open,

    /// <summary>The buyer closed (or cancelled) the dispute.</summary>
    Closed,

    /// <summary>The refund already came inside the dispute.</summary>
    Refunded,
}
