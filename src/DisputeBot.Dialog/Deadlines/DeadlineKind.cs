namespace DisputeBot.Dialog.Deadlines;

/// <summary>The dates the bot reports, in the order it shows them.</summary>
public enum DeadlineKind
{
    /// <summary>First day a "not received" dispute can be opened (shipping + earliest_not_received); Passed means "you can open it now".</summary>
    FirstDisputeDay,

    /// <summary>Last day of buyer protection: the order page's timer, else estimated from shipping (and cut once tracking says delivered).</summary>
    ProtectionEnds,

    /// <summary>Last day to ask the seller for a protection extension (protection end − extension_lead); not received only, shown while still ahead.</summary>
    RequestExtensionBy,

    /// <summary>Last day to open a dispute: the earliest of protection end and, once received, delivery + after_protection_grace.</summary>
    LastDisputeDay,

    /// <summary>Day by which the seller must answer the open dispute (opened + seller_response).</summary>
    SellerResponseBy,

    /// <summary>First day the buyer can escalate the open dispute to AliExpress (opened + escalate_from); Passed means "you can escalate now".</summary>
    EscalateFrom,

    /// <summary>Day an unresolved dispute escalates to AliExpress by itself (opened + auto_escalation).</summary>
    AutoEscalation,

    /// <summary>Last day to open a PayPal dispute (paid + paypal_dispute); only for orders paid with PayPal.</summary>
    PayPalDisputeBy,

    /// <summary>Last day to escalate a PayPal dispute to a claim (PayPal dispute opened + paypal_escalation); only when that date is known.</summary>
    PayPalEscalateWithin,

    /// <summary>Last day to ask the card issuer for a chargeback (paid + card_chargeback); a last resort, only for card payments.</summary>
    CardChargebackBy,
}
