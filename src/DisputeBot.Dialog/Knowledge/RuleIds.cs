namespace DisputeBot.Dialog.Knowledge;

/// <summary>The rule ids the code relies on; dialogs/rules.yaml must define each (checked at start-up).</summary>
public static class RuleIds
{
    /// <summary>Default buyer-protection length when the buyer sees no timer (days after shipping).</summary>
    public const string ProtectionDefault = "protection_default";

    /// <summary>First day a not-received dispute can be opened, counted from shipping (day 11 → 10 days after).</summary>
    public const string EarliestNotReceived = "earliest_not_received";

    /// <summary>Days after protection stops / delivery is confirmed during which a dispute can still be opened.</summary>
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

    /// <summary>Seller's time to answer an extension request (2 days, i.e. 48 h).</summary>
    public const string ExtensionAnswer = "extension_answer";

    /// <summary>PayPal dispute window from payment.</summary>
    public const string PayPalDispute = "paypal_dispute";

    /// <summary>Days to escalate a PayPal dispute to a claim.</summary>
    public const string PayPalEscalation = "paypal_escalation";

    /// <summary>Card chargeback window (safest figure across card schemes).</summary>
    public const string CardChargeback = "card_chargeback";

    public static IReadOnlyList<string> Required { get; } =
    [
        ProtectionDefault, EarliestNotReceived, AfterProtectionGrace, DeliveredCut, SellerResponse, EscalateFrom,
        AutoEscalation, Appeal, ReturnShipping, ExtensionLead, ExtensionAnswer, PayPalDispute, PayPalEscalation,
        CardChargeback,
    ];
}
