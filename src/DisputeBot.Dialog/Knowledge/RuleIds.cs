namespace DisputeBot.Dialog.Knowledge;

/// <summary>The rule ids the code relies on; dialogs/rules.yaml must define each (checked at start-up).</summary>
public static class RuleIds
{
    /// <summary>The LONGEST protection a seller can set (days after shipping): only ever said as "up to", never used
    /// as a default end. Also the rule a deadline read from the timer cites (the rule the timer replaces).</summary>
    public const string ProtectionLongest = "protection_longest";

    /// <summary>First day a not-received dispute can be opened, counted from shipping (day 11 → 10 days after).</summary>
    public const string EarliestNotReceived = "earliest_not_received";

    /// <summary>Days after delivery is confirmed during which a received item can be disputed (at most).</summary>
    public const string AfterDelivery = "after_delivery";

    /// <summary>Days after the timer stops during which one guide still allows a dispute (another says none): cited in
    /// words only, never turned into a date.</summary>
    public const string AfterProtectionGrace = "after_protection_grace";

    /// <summary>Protection is cut to this many days once tracking says delivered.</summary>
    public const string DeliveredCut = "delivered_cut";

    /// <summary>Seller's time to answer an open dispute.</summary>
    public const string SellerResponse = "seller_response";

    /// <summary>First day (after opening) the buyer can escalate to AliExpress.</summary>
    public const string EscalateFrom = "escalate_from";

    /// <summary>Day (after opening) on which an unresolved dispute escalates automatically.</summary>
    public const string AutoEscalation = "auto_escalation";

    /// <summary>Days after a decision to appeal it.</summary>
    public const string Appeal = "appeal";

    /// <summary>Days to ship a return.</summary>
    public const string ReturnShipping = "return_shipping";

    /// <summary>Days before protection ends to ask for an extension.</summary>
    public const string ExtensionLead = "extension_lead";

    /// <summary>Last days before protection ends in which asking for an extension still makes sense (the window is
    /// <see cref="ExtensionLead"/> to this many days before the end).</summary>
    public const string ExtensionLeadMin = "extension_lead_min";

    /// <summary>Seller's time to answer an extension request (2 days, i.e. 48 h).</summary>
    public const string ExtensionAnswer = "extension_answer";

    /// <summary>PayPal dispute window from payment.</summary>
    public const string PayPalDispute = "paypal_dispute";

    /// <summary>Days to escalate a PayPal dispute to a claim.</summary>
    public const string PayPalEscalation = "paypal_escalation";

    /// <summary>Card chargeback window (safest figure across card schemes).</summary>
    public const string CardChargeback = "card_chargeback";

    /// <summary>The card window Visa and Mastercard usually allow, said as "usually" beside <see cref="CardChargeback"/>.</summary>
    public const string CardChargebackUsual = "card_chargeback_usual";

    /// <summary>Days an unshipped order's seller has to decide whether it can ship (after the buyer asks to cancel).</summary>
    public const string SellerShipDecision = "seller_ship_decision";

    public static IReadOnlyList<string> Required { get; } =
    [
        ProtectionLongest, EarliestNotReceived, AfterDelivery, AfterProtectionGrace, DeliveredCut, SellerResponse,
        EscalateFrom, AutoEscalation, Appeal, ReturnShipping, ExtensionLead, ExtensionLeadMin, ExtensionAnswer,
        PayPalDispute, PayPalEscalation, CardChargeback, CardChargebackUsual, SellerShipDecision,
    ];
}
