using DisputeBot.Dialog.Conversation.Steps;

namespace DisputeBot.Dialog.Conversation;

internal sealed partial class DisputeConversation
{
    /// <summary>How the cancellation of an unshipped order goes (<see cref="UnshippedStep"/>); false for other ids.</summary>
    internal bool CancellationChoice(string id)
    {
        switch (id)
        {
            case ChoiceIds.CancelNotAsked:
                Say("deadlines.cancel_order");
                break;
            case ChoiceIds.CancelWaiting:
                Say("cancel.waiting");
                break;
            case ChoiceIds.CancelRefused:
                Say("cancel.refused");
                break;
            case ChoiceIds.ShippedNow:
                // Shipped after all: protection runs from the day it shipped, and the parcel's problems apply again.
                _state.NotShipped = false;
                Advance();
                return true;
            default:
                return false;
        }

        _helpedNow = true;
        _askDue = true;
        return true;
    }
}
