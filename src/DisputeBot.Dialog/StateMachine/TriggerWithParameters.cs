namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>A trigger that carries one argument of type <typeparamref name="TArg"/>. Get it from
    /// <see cref="SetTriggerParameters{TArg}"/>: the machine checks that the type matches what it declared.</summary>
    public sealed class TriggerWithParameters<TArg>(TTrigger trigger)
    {
        public TTrigger Trigger { get; } = trigger;

        public Type ArgumentType => typeof(TArg);

        public override string ToString() => $"{DisplayName.Of(Trigger)}({typeof(TArg).Name})";
    }
}
