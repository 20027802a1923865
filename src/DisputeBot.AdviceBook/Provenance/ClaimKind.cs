namespace DisputeBot.AdviceBook.Provenance;

/// <summary>What a stated claim is: a date, a duration, a bare number.</summary>
public enum ClaimKind
{
    Date,
    Duration,
    Number,
}
