using System.Text.Json.Serialization;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Everything the dispute dialog remembers about one conversation. Kept small (target ≤ 2 KB serialized):
/// ids and dates, not texts, except the buyer's own short description.
/// </summary>
public sealed record DialogState
{
    public const int CurrentSchemaVersion = 1;

    [JsonPropertyName("v")]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonPropertyName("s")]
    public DialogStep Step { get; init; } = DialogStep.New;

    [JsonPropertyName("lang")]
    public string Language { get; init; } = "en";

    /// <summary>Increases with every question offered with buttons.</summary>
    [JsonPropertyName("p")]
    public int PromptId { get; init; }

    [JsonPropertyName("arr")]
    public Arrival? Arrival { get; init; }

    [JsonPropertyName("cat")]
    public string? CategoryId { get; init; }

    /// <summary>Categories offered when free text was unclear.</summary>
    [JsonPropertyName("cand")]
    public IReadOnlyList<string>? CategoryCandidates { get; init; }

    /// <summary>Day the protection timer ends, as read from the order page.</summary>
    [JsonPropertyName("pend")]
    public DateOnly? ProtectionEndsOn { get; init; }

    [JsonPropertyName("ship")]
    public DateOnly? ShippedOn { get; init; }

    [JsonPropertyName("dlv")]
    public DateOnly? DeliveredOn { get; init; }

    [JsonPropertyName("paid")]
    public DateOnly? PaidOn { get; init; }

    [JsonPropertyName("pay")]
    public PaymentMethod? Payment { get; init; }

    /// <summary>Whether a dispute is already open, and since when.</summary>
    [JsonPropertyName("dopen")]
    public DateOnly? DisputeOpenedOn { get; init; }

    /// <summary>Day-first or month-first, once the user confirmed it (null: from the locale).</summary>
    [JsonPropertyName("dmy")]
    public bool? DayFirst { get; init; }

    /// <summary>A date read ambiguously (05/03) that waits for the user's confirmation.</summary>
    [JsonPropertyName("pdate")]
    public DateOnly? PendingDate { get; init; }

    /// <summary>The other reading of <see cref="PendingDate"/>.</summary>
    [JsonPropertyName("palt")]
    public DateOnly? PendingAlternative { get; init; }

    /// <summary>Questions answered or skipped, so none is asked twice.</summary>
    [JsonPropertyName("q")]
    public Answered Answered { get; init; }

    /// <summary>The user's offset from UTC in minutes, when a channel reported it.</summary>
    [JsonPropertyName("tz")]
    public int? OffsetMinutes { get; init; }

    [JsonPropertyName("ev")]
    public IReadOnlyList<string> EvidenceDone { get; init; } = [];

    /// <summary>The buyer's own words about the problem, trimmed (used in the ready-to-paste description).</summary>
    [JsonPropertyName("txt")]
    public string? Details { get; init; }

    [JsonPropertyName("qo")]
    public int? QuantityOrdered { get; init; }

    [JsonPropertyName("qr")]
    public int? QuantityReceived { get; init; }

    /// <summary>Where to go back to after a side question or a warning.</summary>
    [JsonPropertyName("ret")]
    public DialogStep? ResumeStep { get; init; }

    [JsonPropertyName("since")]
    public DateTimeOffset? StartedAt { get; init; }
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
