namespace DisputeBot.Dialog.StateMachine;

/// <summary>The words both diagram formats use, so they say the same thing.</summary>
internal static class GraphText
{
    /// <summary>The lines written inside a state: described entry and exit actions, internal transitions, ignored
    /// triggers (undescribed actions are left out: their compiler-generated names are not stable).</summary>
    public static IEnumerable<string> StateLines(StateInfo state)
    {
        foreach (var action in state.EntryActions.Where(a => a.Description is not null))
        {
            yield return action.FromTrigger is null
                ? $"entry / {action.Description}"
                : $"entry from {action.FromTrigger.Name} / {action.Description}";
        }

        foreach (var action in state.ExitActions.Where(a => a.Description is not null))
            yield return $"exit / {action.Description}";

        foreach (var transition in state.InternalTransitions)
            yield return $"{transition.Trigger.Name} / internal";

        foreach (var ignored in state.IgnoredTriggers)
            yield return $"{ignored.Trigger.Name}{Guard(ignored.Guard)} / ignored";
    }

    public static string FixedTransitionLabel(FixedTransitionInfo transition) =>
        transition.Trigger.Name + Guard(transition.Guard);

    public static string DynamicTransitionLabel(DynamicTransitionInfo transition) =>
        transition.Description is null ? transition.Trigger.Name : $"{transition.Trigger.Name} ({transition.Description})";

    private static string Guard(string? guard) => guard is null ? string.Empty : $" [{guard}]";
}
