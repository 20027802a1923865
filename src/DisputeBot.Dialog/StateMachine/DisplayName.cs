using System.Globalization;

namespace DisputeBot.Dialog.StateMachine;

/// <summary>How states and triggers are named in messages, reflection and diagrams: culture-independent.</summary>
internal static class DisplayName
{
    public static string Of(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
