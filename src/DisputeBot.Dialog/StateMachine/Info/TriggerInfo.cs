namespace DisputeBot.Dialog.StateMachine;

/// <summary>A trigger as configured.</summary>
/// <param name="UnderlyingTrigger">The trigger value itself (boxed).</param>
/// <param name="Name">The trigger's name as text (culture-independent).</param>
/// <param name="ParameterType">The type of its argument, when declared with <c>SetTriggerParameters</c>.</param>
public sealed record TriggerInfo(object UnderlyingTrigger, string Name, Type? ParameterType)
{
    public override string ToString() => Name;
}
