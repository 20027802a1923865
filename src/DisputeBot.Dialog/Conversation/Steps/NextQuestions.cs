using Stateless.Reflection;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>Where "answered" can lead: the first question whose answer is not known, in the order a dispute needs
/// them (<see cref="DisputeConversation.NextQuestion"/> decides). Declared for the diagrams and checked by a test.</summary>
internal static class NextQuestions
{
    public static DynamicStateInfos Destinations
    {
        get
        {
            var infos = new DynamicStateInfos();
            infos.Add(DialogStep.AskArrival, "arrival unknown");
            infos.Add(DialogStep.Unshipped, "not shipped yet");
            infos.Add(DialogStep.AskProblem, "problem unknown");
            infos.Add(DialogStep.ConfirmProblem, "the problem fits several");
            infos.Add(DialogStep.AskTimer, "timer unknown");
            infos.Add(DialogStep.AskShippedOn, "shipping day needed");
            infos.Add(DialogStep.AskDeliveredOn, "delivery day needed");
            infos.Add(DialogStep.AskPayment, "payment unknown");
            infos.Add(DialogStep.AskPaidOn, "payment day needed");
            infos.Add(DialogStep.AskDisputeOpened, "dispute status unknown");
            infos.Add(DialogStep.ConfirmDate, "a date reads two ways");
            infos.Add(DialogStep.Evidence, "all known");
            infos.Add(DialogStep.Settled, "refund done or order cancelled");
            return infos;
        }
    }
}
