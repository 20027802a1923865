namespace DisputeBot.Dialog.Knowledge;

/// <summary>The message keys the dialog uses; every language's messages.yaml must define each (checked at start-up).</summary>
public static class MessageKeys
{
    public static IReadOnlyList<string> All { get; } =
    [
        "greeting",
    ];
}
