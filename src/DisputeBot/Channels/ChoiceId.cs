using System.Text.RegularExpressions;

namespace DisputeBot.Channels;

/// <summary>
/// The one rule for a choice id carried by a button, on every channel (Telegram callback data, Bot Framework and
/// Direct Line <c>value</c>): what the dialog can offer (<c>ReplyChoice.Id</c>: <c>[a-z0-9_]</c>, 1 to
/// <see cref="MaxLength"/> characters). A button press is user input like any other; an id outside the rule is not
/// trusted as a choice.
/// </summary>
public static partial class ChoiceId
{
    public const int MaxLength = 40;

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9_]{1,40}$")]
    private static partial Regex Pattern();
}
