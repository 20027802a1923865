using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.BotFramework.Rendering;

/// <summary>
/// Turns the dialog's channel-neutral replies into message activities for one family of channels: Markdown text
/// (content escaped), warnings with ⚠️ and a bold first line, checklists as ✅/⬜ lines, cards as headings with bullets
/// and copyable sections as code blocks, and choices the way the channel shows buttons best. A message longer than
/// <see cref="BotFrameworkOptions.MaxMessageBytes"/> is split; its buttons go with the last part. The activities
/// carry no addressing yet (from, recipient, conversation): the caller adds it.
/// </summary>
public abstract class ReplyRenderer
{
    public const string WarningPrefix = "⚠️ ";
    public const string DoneMark = "✅";
    public const string TodoMark = "⬜";

    /// <summary>Room kept in each message for its buttons, cards and addressing, outside the text.</summary>
    private const int EnvelopeReserveBytes = 8 * 1024;

    private readonly MarkdownPacker _packer;

    protected ReplyRenderer(int maxMessageBytes)
    {
        _packer = new MarkdownPacker(LineBreak, Math.Max(1024, maxMessageBytes - EnvelopeReserveBytes));
    }

    /// <summary>Markdown between two lines of one paragraph.</summary>
    protected abstract string LineBreak { get; }

    public IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies)
    {
        var activities = new List<Activity>();
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    AddMessages(activities, TextBlocks(text), null);
                    break;
                case ChoicesReply choices:
                    AddMessages(activities, [Paragraph(choices.Text)], last => AttachChoices(last, choices));
                    break;
                case ChecklistReply checklist:
                    AddMessages(activities, ChecklistBlocks(checklist), null);
                    break;
                case CardReply card:
                    AddMessages(activities, CardBlocks(card), null);
                    break;
                default:
                    throw new NotSupportedException($"No rendering for {reply.GetType().Name}.");
            }
        }

        return activities;
    }

    /// <summary>Adds the choices' buttons to the (last) message of a question.</summary>
    protected abstract void AttachChoices(Activity message, ChoicesReply choices);

    private void AddMessages(List<Activity> activities, IReadOnlyList<MarkdownBlock> blocks, Action<Activity>? decorateLast)
    {
        var texts = _packer.Pack(blocks.Where(b => b.Lines.Count > 0).ToList());
        if (texts.Count == 0)
        {
            texts = [string.Empty];
        }

        for (var i = 0; i < texts.Count; i++)
        {
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                Text = texts[i],
                TextFormat = "markdown",
                InputHint = "acceptingInput",
            };
            if (i == texts.Count - 1)
            {
                decorateLast?.Invoke(message);
            }

            activities.Add(message);
        }
    }

    private static List<MarkdownBlock> TextBlocks(TextReply reply)
    {
        var lines = SplitLines(reply.Text);
        if (reply.Tone == ReplyTone.Warning && lines.Count > 0)
        {
            var first = WarningPrefix + MarkdownText.Bold(lines[0]);
            return [new MarkdownBlock(MarkdownBlockKind.Paragraph, [first, .. lines.Skip(1).Select(MarkdownText.Escape)])];
        }

        return [Paragraph(reply.Text)];
    }

    private static List<MarkdownBlock> ChecklistBlocks(ChecklistReply reply)
    {
        var blocks = new List<MarkdownBlock> { new(MarkdownBlockKind.Paragraph, [MarkdownText.Bold(reply.Title)]) };
        blocks.Add(new MarkdownBlock(
            MarkdownBlockKind.Paragraph,
            reply.Lines.Select(line => $"{(line.Done ? DoneMark : TodoMark)} {MarkdownText.Escape(line.Text.Trim())}").ToArray()));
        if (!string.IsNullOrWhiteSpace(reply.Footer))
        {
            blocks.Add(new MarkdownBlock(MarkdownBlockKind.Paragraph, SplitLines(reply.Footer).Select(MarkdownText.Italic).ToArray()));
        }

        return blocks;
    }

    private List<MarkdownBlock> CardBlocks(CardReply card)
    {
        var blocks = new List<MarkdownBlock> { new(MarkdownBlockKind.Paragraph, [MarkdownText.Bold(card.Title)]) };
        foreach (var section in card.Sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Paragraph, [MarkdownText.Bold(section.Heading)]));
            }

            if (section.Copyable)
            {
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Code, section.Lines.SelectMany(l => l.Split('\n')).Select(l => l.TrimEnd('\r')).ToArray()));
            }
            else
            {
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.List, section.Lines.Select(ListItem).ToArray()));
            }
        }

        return blocks;
    }

    /// <summary>A bullet's text; its further lines are indented so they stay inside the bullet.</summary>
    private string ListItem(string text) =>
        string.Join(LineBreak + "  ", SplitLines(text).Where(l => l.Trim().Length > 0).Select(l => MarkdownText.Escape(l.Trim())));

    private static MarkdownBlock Paragraph(string text) =>
        new(MarkdownBlockKind.Paragraph, SplitLines(text).Select(MarkdownText.Escape).ToArray());

    /// <summary>The text's lines; a blank line separates paragraphs, so it is kept as an empty line.</summary>
    private static List<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n').Select(l => l.TrimEnd()).ToList();
}
