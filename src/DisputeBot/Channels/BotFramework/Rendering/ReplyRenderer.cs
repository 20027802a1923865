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

    /// <summary>Between the lines of one bullet: a line break, then the indent that keeps the line inside it.</summary>
    private readonly string _bulletLineBreak;

    /// <summary>Whether a handoff becomes a <c>handoff.initiate</c> event (a contact centre listens for it); otherwise
    /// the case goes elsewhere (a support group, the webhook) and the buyer's client gets nothing for it.</summary>
    private readonly bool _handoffEvents;

    protected ReplyRenderer(int maxMessageBytes, bool handoffEvents)
    {
        _handoffEvents = handoffEvents;
        _packer = new MarkdownPacker(LineBreak, Math.Max(1024, maxMessageBytes - EnvelopeReserveBytes));
        _bulletLineBreak = LineBreak + "  ";
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
                    AddMessages(activities, TextBlocks(text));
                    break;
                case ChoicesReply choices:
                    AddMessages(activities, [Paragraph(choices.Text)]);
                    AttachChoices(activities[^1], choices);
                    break;
                case ChecklistReply checklist:
                    AddMessages(activities, ChecklistBlocks(checklist));
                    break;
                case CardReply card:
                    AddMessages(activities, CardBlocks(card));
                    break;
                case FileReply file:
                    AddMessages(activities, [Paragraph(file.Caption)]);
                    activities[^1].Attachments = [FileAttachment(file)];
                    break;
                case HandoffReply handoff:
                    if (_handoffEvents)
                    {
                        activities.Add(HandoffProtocol.Initiation(handoff.Request));
                    }

                    break;
                case RelayReply:
                    // The contact centre sees the buyer's messages in the conversation itself.
                    break;
                default:
                    throw new NotSupportedException($"No rendering for {reply.GetType().Name}.");
            }
        }

        return activities;
    }

    /// <summary>The file inline as a data URL, which Web Chat offers for download; the self-hosted Direct Line swaps it for
    /// a link of its own before any client sees it.</summary>
    private static Attachment FileAttachment(FileReply file) => new()
    {
        ContentType = file.MediaType,
        Name = file.FileName,
        ContentUrl = "data:" + file.MediaType + ";base64," + Convert.ToBase64String(file.Content),
    };

    /// <summary>Whether the message holds a file inline (a <c>data:</c> URL).</summary>
    public static bool HasInlineFile(Activity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Attachments?.Exists(IsInline) == true;
    }

    /// <summary>Points the message's inline files at <paramref name="url"/>, a download link (Web Chat shows a file
    /// attachment with a link as a download).</summary>
    public virtual void LinkFiles(Activity message, string url)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var attachment in message.Attachments ?? [])
        {
            if (IsInline(attachment))
            {
                attachment.ContentUrl = url;
            }
        }
    }

    protected static bool IsInline(Attachment attachment) =>
        attachment.ContentUrl?.StartsWith("data:", StringComparison.Ordinal) == true;

    /// <summary>Adds the choices' buttons to the (last) message of a question.</summary>
    protected abstract void AttachChoices(Activity message, ChoicesReply choices);

    /// <summary>Adds the blocks as one message, or several when they are too long for one (always at least one).</summary>
    private void AddMessages(List<Activity> activities, IReadOnlyList<MarkdownBlock> blocks)
    {
        var texts = _packer.Pack(HasEmptyBlock(blocks) ? blocks.Where(b => b.Lines.Count > 0).ToList() : blocks);
        if (texts.Count == 0)
        {
            texts = [string.Empty];
        }

        foreach (var text in texts)
        {
            activities.Add(new Activity
            {
                Type = ActivityTypes.Message,
                Text = text,
                TextFormat = "markdown",
                InputHint = "acceptingInput",
            });
        }
    }

    private static bool HasEmptyBlock(IReadOnlyList<MarkdownBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Lines.Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static MarkdownBlock[] TextBlocks(TextReply reply)
    {
        var lines = SplitLines(reply.Text);
        var warning = reply.Tone == ReplyTone.Warning && lines.Length > 0;
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = warning && i == 0 ? WarningPrefix + MarkdownText.Bold(lines[0]) : MarkdownText.Escape(lines[i]);
        }

        return [new MarkdownBlock(MarkdownBlockKind.Paragraph, lines)];
    }

    private static List<MarkdownBlock> ChecklistBlocks(ChecklistReply reply)
    {
        var blocks = new List<MarkdownBlock> { new(MarkdownBlockKind.Paragraph, [MarkdownText.Bold(reply.Title)]) };
        var lines = new string[reply.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = reply.Lines[i];
            lines[i] = string.Concat(line.Done ? DoneMark : TodoMark, " ", MarkdownText.Escape(line.Text.Trim()));
        }

        blocks.Add(new MarkdownBlock(MarkdownBlockKind.Paragraph, lines));
        if (!string.IsNullOrWhiteSpace(reply.Footer))
        {
            var footer = SplitLines(reply.Footer);
            for (var i = 0; i < footer.Length; i++)
            {
                footer[i] = MarkdownText.Italic(footer[i]);
            }

            blocks.Add(new MarkdownBlock(MarkdownBlockKind.Paragraph, footer));
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
                var items = new string[section.Lines.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ListItem(section.Lines[i]);
                }

                blocks.Add(new MarkdownBlock(MarkdownBlockKind.List, items));
            }
        }

        return blocks;
    }

    /// <summary>A bullet's text; its further lines are indented so they stay inside the bullet.</summary>
    private string ListItem(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            // One line, the usual case: no splitting or joining.
            var trimmed = text.Trim();
            return trimmed.Length == 0 ? string.Empty : MarkdownText.Escape(trimmed);
        }

        return string.Join(_bulletLineBreak, SplitLines(text).Where(l => l.Trim().Length > 0).Select(l => MarkdownText.Escape(l.Trim())));
    }

    private static MarkdownBlock Paragraph(string text)
    {
        var lines = SplitLines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = MarkdownText.Escape(lines[i]);
        }

        return new(MarkdownBlockKind.Paragraph, lines);
    }

    /// <summary>The text's lines (a fresh array the caller may rewrite in place); a blank line separates paragraphs,
    /// so it is kept as an empty line.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }

        return lines;
    }
}
