using System.Globalization;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.Terminal;

/// <summary>A typed line: the number of a listed choice presses it; anything else is text.</summary>
internal static class TerminalInput
{
    public static TurnInput Read(string line, ChoicesReply? lastChoices)
    {
        var trimmed = line.Trim();
        if (lastChoices is not null
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= lastChoices.Choices.Count)
        {
            return new ChoiceInput(lastChoices.Choices[number - 1].Id, lastChoices.PromptId);
        }

        return new TextInput(line);
    }
}
