using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.BotFramework.Rendering;

/// <summary>
/// Web Chat, Direct Line, the Emulator and every channel but Teams. Choices become suggested actions of type
/// <c>messageBack</c>: the button shows the label, the user's bubble shows the label (<c>displayText</c>), and the bot
/// receives <c>text</c> = the label and <c>value</c> = <c>{"choice": id, "prompt": promptId}</c>. The value is what the
/// handler reads (a <see cref="ChoiceInput"/> that knows its prompt); a client that drops the value still sends the
/// label, which the dialog understands as typed words.
/// </summary>
public sealed class WebChatReplyRenderer(int maxMessageBytes, bool handoffEvents = true) : ReplyRenderer(maxMessageBytes, handoffEvents)
{
    /// <summary>CommonMark's hard line break (two spaces), which Web Chat's Markdown renders.</summary>
    protected override string LineBreak => "  \n";

    protected override void AttachChoices(Activity message, ChoicesReply choices)
    {
        message.InputHint = "expectingInput";
        var values = ChoiceValues(choices);
        var actions = new List<CardAction>(choices.Choices.Count);
        for (var i = 0; i < choices.Choices.Count; i++)
        {
            var choice = choices.Choices[i];
            actions.Add(new CardAction
            {
                Type = "messageBack",
                Title = choice.Label,
                Text = choice.Label,
                DisplayText = choice.Label,
                Value = values[i],
            });
        }

        message.SuggestedActions = new SuggestedActions { Actions = actions };
    }

    /// <summary>Every button's value, <c>{"choice": id, "prompt": n}</c>, as the items of one JSON array: one document
    /// per question rather than one per button. Ids and numbers need no escaping, so the generated path applies.</summary>
    private static JsonElement ChoiceValues(ChoicesReply choices) =>
        JsonSerializer.SerializeToElement(
            choices.Choices.Select(c => new ChoiceValue { Choice = c.Id, Prompt = choices.PromptId }).ToArray(),
            BotFrameworkJson.WriteContext.ChoiceValueArray);
}
