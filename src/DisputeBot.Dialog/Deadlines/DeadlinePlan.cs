namespace DisputeBot.Dialog.Deadlines;

/// <summary>The deadlines that could be computed, in <see cref="DeadlineKind"/> order, and what they rest on.</summary>
public sealed record DeadlinePlan(IReadOnlyList<Deadline> Deadlines, DeadlineBasis Basis)
{
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
