using System.Text.Json.Serialization;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Everything the dispute dialog remembers about one conversation. Kept small (target ≤ 2 KB serialized):
/// ids and dates, not texts, except the buyer's own short description.
/// </summary>
/// <remarks>
/// Only the dialog changes its state; everyone else reads it. A turn copies the stored state once and sets the fields
/// of its copy (a <c>with</c> per change copied the whole record, about 0.4 KB, several times a turn). The setters are
/// internal rather than init-only for that, and because the serializer reads a type with init-only properties
/// through its constructor path, which boxes every value and allocates per read (about 1 KB per turn), and runs none
/// of the defaults below for a missing property; with setters it reads straight into a new instance.
/// </remarks>
public sealed record DialogState
{
    /// <summary>2 added the whole-message facts (not shipped, tracking delivered, timer ended, dispute status, language
    /// noted); 3 added the milestones reported (and, additive, the amounts and the missing count); 4 the language
    /// chosen with /language; 5 the countdown's end to the minute; 6 the reminders and the buyer's time zone (and, additive, an unshipped order's cancellation and its day). Older
    /// states read as they are, the new members at their defaults.</summary>
    public const int CurrentSchemaVersion = 6;

    [JsonPropertyName("v")]

    [JsonInclude]
    public int SchemaVersion { get; internal set; } = CurrentSchemaVersion;

    [JsonPropertyName("s")]

    [JsonInclude]
    public DialogStep Step { get; internal set; } = DialogStep.New;

    [JsonPropertyName("lang")]

    [JsonInclude]
    public string Language { get; internal set; } = "en";

    /// <summary>The buyer picked the language with /language: it no longer follows the language they write in.</summary>
    [JsonPropertyName("lsel")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool LanguageChosen { get; internal set; }

    /// <summary>Increases with every question offered with buttons.</summary>
    [JsonPropertyName("p")]
    [JsonInclude]
    public int PromptId { get; internal set; }

    [JsonPropertyName("arr")]

    [JsonInclude]
    public Arrival? Arrival { get; internal set; }

    [JsonPropertyName("cat")]

    [JsonInclude]
    public string? CategoryId { get; internal set; }

    /// <summary>Categories offered when free text was unclear.</summary>
    [JsonPropertyName("cand")]
    [JsonInclude]
    public IReadOnlyList<string>? CategoryCandidates { get; internal set; }

    /// <summary>Day the protection timer ends, as read from the order page.</summary>
    [JsonPropertyName("pend")]
    [JsonInclude]
    public DateOnly? ProtectionEndsOn { get; internal set; }

    /// <summary>The countdown's end to the minute, when the buyer gave it in hours or minutes ("2 days 5 hours left"):
    /// only then does a calendar file carry a time of day.</summary>
    [JsonPropertyName("pat")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateTimeOffset? ProtectionEndsAt { get; internal set; }

    [JsonPropertyName("ship")]

    [JsonInclude]
    public DateOnly? ShippedOn { get; internal set; }

    [JsonPropertyName("dlv")]

    [JsonInclude]
    public DateOnly? DeliveredOn { get; internal set; }

    [JsonPropertyName("paid")]

    [JsonInclude]
    public DateOnly? PaidOn { get; internal set; }

    [JsonPropertyName("pay")]

    [JsonInclude]
    public PaymentMethod? Payment { get; internal set; }

    /// <summary>Whether a dispute is already open, and since when.</summary>
    [JsonPropertyName("dopen")]
    [JsonInclude]
    public DateOnly? DisputeOpenedOn { get; internal set; }

    /// <summary>Day-first or month-first, once the user confirmed it (null: from the locale).</summary>
    [JsonPropertyName("dmy")]
    [JsonInclude]
    public bool? DayFirst { get; internal set; }

    /// <summary>A date read ambiguously (05/03) that waits for the user's confirmation.</summary>
    [JsonPropertyName("pdate")]
    [JsonInclude]
    public DateOnly? PendingDate { get; internal set; }

    /// <summary>The other reading of <see cref="PendingDate"/>.</summary>
    [JsonPropertyName("palt")]
    [JsonInclude]
    public DateOnly? PendingAlternative { get; internal set; }

    /// <summary>A second date that reads two ways, given while <see cref="PendingDate"/> waits: its day-first reading.
    /// The buyer's choice for the first settles it, or it is asked next.</summary>
    [JsonPropertyName("qdmy")]
    [JsonInclude]
    public DateOnly? QueuedDayFirst { get; internal set; }

    /// <summary>The month-first reading of <see cref="QueuedDayFirst"/>.</summary>
    [JsonPropertyName("qmdy")]
    [JsonInclude]
    public DateOnly? QueuedMonthFirst { get; internal set; }

    /// <summary>What <see cref="QueuedDayFirst"/> dates.</summary>
    [JsonPropertyName("qret")]
    [JsonInclude]
    public DialogStep? QueuedStep { get; internal set; }

    /// <summary>The question whose date was taken last, so "sorry, it was actually the 3rd" corrects that date.</summary>
    [JsonPropertyName("ldate")]
    [JsonInclude]
    public DialogStep? LastDateStep { get; internal set; }

    /// <summary>Questions answered or skipped, so none is asked twice.</summary>
    [JsonPropertyName("q")]
    [JsonInclude]
    public Answered Answered { get; internal set; }

    /// <summary>The user's offset from UTC in minutes, when a channel reported it.</summary>
    [JsonPropertyName("tz")]
    [JsonInclude]
    public int? OffsetMinutes { get; internal set; }

    [JsonPropertyName("ev")]

    [JsonInclude]
    public IReadOnlyList<string> EvidenceDone { get; internal set; } = [];

    /// <summary>Proof the buyer named before the problem was known ("i filmed the unboxing"), ticked on the checklist
    /// once the problem is chosen.</summary>
    [JsonPropertyName("evn")]
    [JsonInclude]
    public IReadOnlyList<string> EvidenceNotes { get; internal set; } = [];

    /// <summary>The buyer's own words about the problem, trimmed (used in the ready-to-paste description).</summary>
    [JsonPropertyName("txt")]
    [JsonInclude]
    public string? Details { get; internal set; }

    /// <summary>The buyer chose to put their own words (<see cref="Details"/>) into the dispute text.</summary>
    [JsonPropertyName("ow")]
    [JsonInclude]
    public bool AddOwnWords { get; internal set; }

    [JsonPropertyName("qo")]

    [JsonInclude]
    public int? QuantityOrdered { get; internal set; }

    [JsonPropertyName("qr")]

    [JsonInclude]
    public int? QuantityReceived { get; internal set; }

    /// <summary>Pieces missing, when said without the count ordered ("2 pieces are missing").</summary>
    [JsonPropertyName("mqty")]
    [JsonInclude]
    public int? MissingCount { get; internal set; }

    /// <summary>Where to go back to after a side question or a warning.</summary>
    [JsonPropertyName("ret")]
    [JsonInclude]
    public DialogStep? ResumeStep { get; internal set; }

    /// <summary>The seller has not shipped yet: a cancellation, not a dispute.</summary>
    [JsonPropertyName("nship")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NotShipped { get; internal set; }

    /// <summary>Where the cancellation of an unshipped order stands, when the buyer said.</summary>
    [JsonPropertyName("cxl")]
    [JsonInclude]
    public CancelStatus? Cancel { get; internal set; }

    /// <summary>The day the buyer asked to cancel the unshipped order: the seller's time to decide counts from it.</summary>
    [JsonPropertyName("cxlon")]
    [JsonInclude]
    public DateOnly? CancelAskedOn { get; internal set; }

    /// <summary>Tracking says "delivered" (which shortens the time left), whether or not the parcel came.</summary>
    [JsonPropertyName("tdlv")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TrackingDelivered { get; internal set; }

    /// <summary>The protection countdown has ended (Confirmation Timeout), with or without a known end day.</summary>
    [JsonPropertyName("tend")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TimerEnded { get; internal set; }

    /// <summary>Where the buyer's AliExpress dispute stands, when they said.</summary>
    [JsonPropertyName("dst")]
    [JsonInclude]
    public Understanding.Facts.DisputeKind? Dispute { get; internal set; }

    /// <summary>The buyer was told once that the bot does not read their language.</summary>
    [JsonPropertyName("lnote")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool LanguageNoted { get; internal set; }

    /// <summary>Milestones already reported as events, so each is counted once per conversation.</summary>
    [JsonPropertyName("ms")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Milestones Reached { get; internal set; }

    /// <summary>Messages in a row the bot could not place; at three it offers a person.</summary>
    [JsonPropertyName("miss")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Misses { get; internal set; }

    /// <summary>A person took the conversation over at this time: the bot stays quiet (it relays the buyer's
    /// messages) until the person closes the case, the buyer types /bot, or the handoff expires.</summary>
    [JsonPropertyName("hoff")]
    [JsonInclude]
    public DateTimeOffset? HandoffSince { get; internal set; }

    /// <summary>The latest messages, shortened, oldest first: kept only while a handoff is configured, for the person
    /// who may take over; lines expire.</summary>
    [JsonPropertyName("rec")]
    [JsonInclude]
    public IReadOnlyList<TranscriptLine>? Recent { get; internal set; }

    /// <summary>The warning given last, so a short question after it ("should I do that?") is answered about that offer,
    /// even after answers to the bot's own questions; cleared by another question of the buyer's. A state stored
    /// without it reads as null.</summary>
    [JsonPropertyName("warn")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? LastWarning { get; internal set; }

    /// <summary>What the buyer paid for the order, as they typed it (no currency).</summary>
    [JsonPropertyName("amt")]
    [JsonInclude]
    public decimal? PaidAmount { get; internal set; }

    /// <summary>What the missing part cost, as the buyer typed it.</summary>
    [JsonPropertyName("mval")]
    [JsonInclude]
    public decimal? MissingValue { get; internal set; }

    /// <summary>The partial refund the seller offers, as the buyer typed it.</summary>
    [JsonPropertyName("offer")]
    [JsonInclude]
    public decimal? OfferAmount { get; internal set; }

    /// <summary>The seller's offer as a share of the price ("30% refund"), as the buyer typed it; a state stored without
    /// it reads as null.</summary>
    [JsonPropertyName("offpct")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public decimal? OfferPercent { get; internal set; }

    /// <summary>The currency the buyer named with an amount ("USD" for "$65", "EUR" for "22.50 euro"), shown with every
    /// amount; a state stored without it reads as null (amounts are then shown bare).</summary>
    [JsonPropertyName("cur")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? Currency { get; internal set; }

    /// <summary>The item's price and the return postage a return was last weighed with, as the buyer typed them.</summary>
    [JsonPropertyName("rprice")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public decimal? ReturnPrice { get; internal set; }

    [JsonPropertyName("rpost")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public decimal? ReturnPostage { get; internal set; }

    /// <summary>The buyer asked for reminders of their deadlines.</summary>
    [JsonPropertyName("ron")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RemindersOn { get; internal set; }

    /// <summary>The reminders still to send, while <see cref="RemindersOn"/>; they move with the deadlines.</summary>
    [JsonPropertyName("rem")]
    [JsonInclude]
    public IReadOnlyList<ReminderEntry>? Reminders { get; internal set; }

    /// <summary>Reminders the buyer cancelled one by one (<see cref="ReminderEntry.Id"/>), so new dates don't bring them back.</summary>
    [JsonPropertyName("roff")]
    [JsonInclude]
    public IReadOnlyList<string>? RemindersCancelled { get; internal set; }

    /// <summary>The last reminder sent (<see cref="ReminderEntry.Id"/>): "Remind me tomorrow" typed as its label (as
    /// Teams sends a press) snoozes this one.</summary>
    [JsonPropertyName("rlast")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? LastReminder { get; internal set; }

    /// <summary>The buyer's time zone (IANA id) when a channel reported it (Bot Framework's localTimezone).</summary>
    [JsonPropertyName("zone")]
    [JsonInclude]
    public string? TimeZone { get; internal set; }

    /// <summary>The buyer was told which time zone the reminders assume (no channel reported one).</summary>
    [JsonPropertyName("znote")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ZoneNoted { get; internal set; }

    /// <summary>When the next reminder is due, for the host's schedule (null: none).</summary>
    [JsonIgnore]
    public DateTimeOffset? NextReminderAt
    {
        get
        {
            DateTimeOffset? next = null;
            foreach (var reminder in Reminders ?? [])
            {
                if (next is null || reminder.DueAt < next)
                {
                    next = reminder.DueAt;
                }
            }

            return next;
        }
    }

    /// <summary>The item as the buyer named it ("bluetooth speaker", "hoodie size XL black"), for the dispute text;
    /// a state stored without it reads as null.</summary>
    [JsonPropertyName("item")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? Item { get; internal set; }

    /// <summary>What came instead, as the buyer named it ("size S"), for a wrong or not-as-described item.</summary>
    [JsonPropertyName("itemr")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? ItemReceived { get; internal set; }

    /// <summary>The buyer looked for a parcel marked delivered around their address (neighbours, mailroom).</summary>
    [JsonPropertyName("look")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool LookedAround { get; internal set; }

    /// <summary>The buyer said the seller does not answer them: "is that normal?" next asks about that silence.</summary>
    [JsonPropertyName("mute")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool SellerSilent { get; internal set; }

    [JsonPropertyName("since")]

    [JsonInclude]
    public DateTimeOffset? StartedAt { get; internal set; }
}

/// <summary>Questions already answered (or skipped with "I don't know").</summary>
[Flags]
public enum Answered
{
    None = 0,
    Timer = 1,
    ShippedOn = 2,
    DeliveredOn = 4,
    Payment = 8,
    PaidOn = 16,
    DisputeOpened = 32,
    CancelAskedOn = 64,
}

public enum Arrival
{
    No,
    Yes,
    Partly,
}

public enum PaymentMethod
{
    /// <summary>Card or wallet paid through AliExpress itself.</summary>
    Card,
    PayPal,
    Other,
    Unknown,
}
