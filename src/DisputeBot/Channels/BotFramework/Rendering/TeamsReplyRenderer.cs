using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.BotFramework.Rendering;

/// <summary>
/// Microsoft Teams. Suggested actions are unreliable there (few, last message only, often not shown), so choices
/// become hero cards under the question, with <c>imBack</c> buttons: title = label, value = label. A press posts the
/// label as the user's own message, which the dialog matches like typed button words. At most
/// <see cref="MaxButtonsPerCard"/> buttons per card; longer lists continue on further cards.
/// </summary>
public sealed class TeamsReplyRenderer(int maxMessageBytes, bool handoffEvents = true) : ReplyRenderer(maxMessageBytes, handoffEvents)
{
    /// <summary>Teams shows at most six buttons on a hero card.</summary>
    public const int MaxButtonsPerCard = 6;

    /// <summary>A blank line: Teams does not render CommonMark's two-space hard break reliably.</summary>
    protected override string LineBreak => "\n\n";

    /// <summary>Teams shows no file attachment given by URL: the file becomes a card whose button opens its link.</summary>
    public override void LinkFiles(Activity message, string url)
    {
        ArgumentNullException.ThrowIfNull(message);
        var attachments = message.Attachments ?? [];
        for (var i = 0; i < attachments.Count; i++)
        {
            if (IsInline(attachments[i]))
            {
                var name = attachments[i].Name ?? "calendar.ics";
                attachments[i] = new Attachment
                {
                    ContentType = HeroCard.ContentType,
                    Content = JsonSerializer.SerializeToElement(
                        new HeroCard
                        {
                            Buttons = [new CardAction { Type = "openUrl", Title = name, Value = JsonSerializer.SerializeToElement(url, BotFrameworkJson.Context.String) }],
                        },
                        BotFrameworkJson.Context.HeroCard),
                };
            }
        }
    }

    protected override void AttachChoices(Activity message, ChoicesReply choices)
    {
        message.InputHint = "expectingInput";
        message.AttachmentLayout = "list";
        message.Attachments = choices.Choices
            .Chunk(MaxButtonsPerCard)
            .Select(group => new Attachment
            {
                ContentType = HeroCard.ContentType,
                Content = JsonSerializer.SerializeToElement(
                    new HeroCard
                    {
                        Buttons = group.Select(choice => new CardAction
                        {
                            Type = "imBack",
                            Title = choice.Label,
                            Value = JsonSerializer.SerializeToElement(choice.Label, BotFrameworkJson.Context.String),
                        }).ToList(),
                    },
                    BotFrameworkJson.Context.HeroCard),
            })
            .ToList();
    }
}
