namespace DisputeBot.Dialog.Deadlines;

/// <summary>The dates the bot reports, in the order it shows them.</summary>
public enum DeadlineKind
{
    /// <summary>First day a "not received" dispute can be opened (shipping + earliest_not_received); Passed means "you can open it now".</summary>
    FirstDisputeDay,

    /// <summary>Last day of buyer protection: the order page's timer, and only that. A date derived from a rule (the cut
    /// after "delivered") is never shown as the timer; it dates <see cref="LastDisputeDay"/>, marked as an estimate.</summary>
    ProtectionEnds,

    /// <summary>Last day to ask the seller for a protection extension (protection end − extension_lead_min, the end of
    /// the 5-to-7-day window); not received only, shown while still ahead.</summary>
    RequestExtensionBy,

    /// <summary>Day to open the dispute if the seller has not agreed to the extension (protection end − extension_answer,
    /// i.e. 48 h before the end); shown with <see cref="RequestExtensionBy"/>.</summary>
    OpenIfNoExtensionBy,

    /// <summary>Last day to open a dispute: the timer's end when the buyer read it; without one, the earlier of delivery +
    /// after_delivery (received) and "delivered" + delivered_cut (tracking). Left out once a dispute is open.</summary>
    LastDisputeDay,

    /// <summary>Latest day by which the seller must answer the open dispute (opened + seller_response, "up to"); a seller
    /// who does not answer loses and the buyer is refunded.</summary>
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
