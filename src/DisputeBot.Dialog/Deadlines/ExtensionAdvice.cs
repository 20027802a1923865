namespace DisputeBot.Dialog.Deadlines;

/// <summary>What to say about extending buyer protection (a parcel still on its way), by the time left.</summary>
public enum ExtensionAdvice
{
    /// <summary>Not relevant: received, tracking says delivered, a dispute is open, or no end is known.</summary>
    None,

    /// <summary>More than extension_lead days left: ask 5 to 7 days before the end.</summary>
    AskLater,

    /// <summary>Within the 5-to-7-day window: ask now; open the dispute if the seller has not agreed 48 h before the end.</summary>
    AskNow,

    /// <summary>Fewer than extension_lead_min days left: too late to count on one; open the dispute instead.</summary>
    OpenInstead,
}
