namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Full refund with return, or partial refund and keep the item? Returning pays off only when the postage is below
/// the item's value and what the return nets beats the partial refund offered (seed 000's advice, in numbers).
/// </summary>
internal static class RefundAdvisor
{
    public static RefundAdvice Advise(decimal price, decimal postage, decimal? partialOffer)
    {
        var net = price - postage;
        if (postage >= price)
        {
            return new RefundAdvice(RefundAdviceKind.KeepPostageTooHigh, net);
        }

        if (partialOffer is { } offer)
        {
            return new RefundAdvice(offer >= net ? RefundAdviceKind.PartialBetter : RefundAdviceKind.ReturnBetter, net);
        }

        return new RefundAdvice(RefundAdviceKind.ReturnWorthIt, net);
    }
}

internal sealed record RefundAdvice(RefundAdviceKind Kind, decimal NetAfterReturn);

internal enum RefundAdviceKind
{
    KeepPostageTooHigh,
    PartialBetter,
    ReturnBetter,
    ReturnWorthIt,
}
