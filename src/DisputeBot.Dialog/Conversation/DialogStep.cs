namespace DisputeBot.Dialog.Conversation;

/// <summary>The states of the dispute dialog's state machine.</summary>
public enum DialogStep
{
    New,
    AskArrival,
    AskProblem,
    ConfirmProblem,
    AskTimer,
    AskShippedOn,
    AskDeliveredOn,
    AskPayment,
    AskPaidOn,
    ConfirmDate,
    Evidence,
    Summary,
}
