using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Deadlines;

/// <summary>What the buyer told us, as dates in their own calendar. Any of it may be unknown.</summary>
/// <param name="Group">Whether the order arrived (null: not known yet).</param>
/// <param name="ProtectionEndsOn">Last day of the order page's protection countdown: the truth when known.</param>
/// <param name="ShippedOn">Day the seller shipped.</param>
/// <param name="DeliveredOn">Delivery confirmation date, or the day tracking said delivered.</param>
/// <param name="PaidOn">Payment date.</param>
/// <param name="Payment">How the order was paid.</param>
/// <param name="DisputeOpenedOn">Day the AliExpress dispute was opened, if one is open.</param>
/// <param name="TrackingSaysDelivered">Tracking shows "delivered" (whether or not the buyer has the parcel).</param>
/// <param name="PayPalDisputeOpenedOn">Day a PayPal dispute was opened, if one is (needed for
/// <see cref="DeadlineKind.PayPalEscalateWithin"/>; without it the dialog states the escalation window in words).</param>
/// <param name="NotShipped">The seller has not shipped yet: not a dispute, a cancellation (<see cref="DisputeWindow.CancelOrder"/>).</param>
/// <param name="TimerEnded">The buyer says the order page's countdown has ended ("Confirmation Timeout"), with or
/// without the day in <paramref name="ProtectionEndsOn"/>.</param>
public sealed record DeadlineFacts(
    ArrivalGroup? Group,
    DateOnly? ProtectionEndsOn,
    DateOnly? ShippedOn,
    DateOnly? DeliveredOn,
    DateOnly? PaidOn,
    PaymentMethod? Payment,
    DateOnly? DisputeOpenedOn = null,
    bool TrackingSaysDelivered = false,
    DateOnly? PayPalDisputeOpenedOn = null,
    bool NotShipped = false,
    bool TimerEnded = false);
