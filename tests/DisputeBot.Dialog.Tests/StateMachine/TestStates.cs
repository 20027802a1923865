namespace DisputeBot.Dialog.Tests.StateMachine;

internal enum State
{
    A,
    B,
    C,
    Parent,
    Child1,
    Child2,
    Grandchild,
    Other,
}

internal enum Trigger
{
    X,
    Y,
    Z,
    Go,
    Back,
    Noise,
    Tick,
    Choose,
    Text,
}
