namespace DisputeBot.Dialog.Conversation;

/// <summary>The states of the dispute dialog's state machine.</summary>
public enum DialogStep
{
    /// <summary>Nothing said yet.</summary>
    New,

    AskArrival,
    AskProblem,

    /// <summary>Free text fitted several problems: the user picks one.</summary>
    ConfirmProblem,

    AskTimer,
    AskShippedOn,
    AskDeliveredOn,
    AskPayment,
    AskPaidOn,
    AskDisputeOpened,

    /// <summary>A typed date read two ways (05/03): the user picks one.</summary>
    ConfirmDate,

    Evidence,

    /// <summary>Full refund with return, or partial refund: needs the item's value and the return postage.</summary>
    AskReturnCosts,

    Summary,

    /// <summary>The seller has not shipped: a cancellation to follow, not a dispute.</summary>
    Unshipped,

    /// <summary>The refund is done or decided, or the unshipped order is cancelled: nothing left to collect.</summary>
    Settled,
}
