using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Deadlines;

/// <summary>The deadlines that could be computed, in <see cref="DeadlineKind"/> order, what they rest on, and the
/// advice they lead to.</summary>
public sealed record DeadlinePlan(IReadOnlyList<Deadline> Deadlines, DeadlineBasis Basis)
{
    /// <summary>Where the buyer stands with opening a dispute.</summary>
    public DisputeWindow Window { get; init; } = DisputeWindow.Unknown;

    /// <summary>What to say about asking the seller for more protection time.</summary>
    public ExtensionAdvice Extension { get; init; } = ExtensionAdvice.None;

    /// <summary>Say to open the dispute now: tracking says delivered, few days are left, or the timer has ended.</summary>
    public bool OpenNow { get; init; }

    /// <summary>The window is open and at most extension_lead days are left: the only time a dispute text may say
    /// protection is running out (never once the timer has ended).</summary>
    public bool RunningOut { get; init; }

    /// <summary>The tracking says delivered (the remaining time is cut to about delivered_cut days).</summary>
    public bool TrackingSaysDelivered { get; init; }

    /// <summary>How the order was paid: the PayPal route is for PayPal payments only, the chargeback for card payments only.</summary>
    public PaymentMethod? Payment { get; init; }

    /// <summary>The timer's end, when the buyer read it: no date of the dispute window is later.</summary>
    public DateOnly? TimerEndsOn { get; init; }

    /// <summary>The timer is running today (its end is today or later and the buyer did not say it ended).</summary>
    public bool TimerRuns { get; init; }

    /// <summary>The timer has ended: the buyer said so, or its end is behind us.</summary>
    public bool TimerEnded { get; init; }

    public Deadline? Find(DeadlineKind kind)
    {
        foreach (var deadline in Deadlines)
        {
            if (deadline.Kind == kind)
            {
                return deadline;
            }
        }

        return null;
    }
}
