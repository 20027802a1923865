using System.Text;
using DisputeBot.Dialog.Conversation;
using Telegram.Bot.Types.ReplyMarkups;

namespace DisputeBot.Channels.Telegram.Rendering;

/// <summary>
/// Turns the dialog's channel-neutral replies into Telegram messages: HTML with every text escaped, questions with
/// inline keyboards, warnings marked, checklists ticked, cards with bold headings and copyable blocks, long texts
/// split. Consecutive replies share one message (a paragraph each) up to the first question with buttons: every
/// message rings the phone and costs a Bot API call, and a message with the question at its end reads as one
/// answer. A card (the summary, a deadline list) stays a message of its own, to forward or copy whole; a file is a
/// document of its own.
/// Pure: the same replies always give the same messages.
/// </summary>
public sealed partial class TelegramReplyRenderer(ILogger<TelegramReplyRenderer> logger)
{
    /// <summary>Labels this short fit two buttons to a row on a phone.</summary>
    private const int ShortLabel = 14;

    /// <summary>Telegram's limit on a document's caption.</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>Between replies that share a message.</summary>
    private const string Paragraph = "\n\n";

    public IReadOnlyList<TelegramOutgoingMessage> Render(IEnumerable<Reply> replies)
    {
        var messages = new List<TelegramOutgoingMessage>(2);
        Collect(replies, new StringBuilder(), messages);
        return messages;
    }

    private void Collect(IEnumerable<Reply> replies, StringBuilder pending, List<TelegramOutgoingMessage> messages)
    {
        foreach (var reply in replies)
        {
            if (reply is HandoffReply or RelayReply)
            {
                // For the person taking over, not the buyer: the sender hands them on.
                continue;
            }

            if (reply is FileReply file)
            {
                // A document of its own, its line as the caption (or just before it, when too long for one).
                Flush(pending, null, messages);
                var caption = TelegramHtml.Escape(file.Caption);
                if (caption.Length > MaxCaptionLength)
                {
                    pending.Append(caption);
                    Flush(pending, null, messages);
                    caption = string.Empty;
                }

                messages.Add(new TelegramOutgoingMessage(caption, Document: file));
                continue;
            }

            var (html, keyboard) = reply switch
            {
                TextReply text => (RenderText(text), null),
                ChoicesReply choices => (TelegramHtml.Escape(choices.Text), Keyboard(choices)),
                ChecklistReply checklist => (RenderChecklist(checklist), null),
                CardReply card => (RenderCard(card), null),
                _ => (null, (InlineKeyboardMarkup?)null),
            };

            if (string.IsNullOrWhiteSpace(html))
            {
                LogSkipped(reply.GetType().Name);
                continue;
            }

            var alone = reply is CardReply;
            if (alone || pending.Length + Paragraph.Length + html.Length > TelegramHtmlSplitter.MaxMessageLength)
            {
                Flush(pending, null, messages);
            }

            if (pending.Length > 0)
            {
                pending.Append(Paragraph);
            }

            pending.Append(html);
            if (alone || keyboard is not null)
            {
                Flush(pending, keyboard, messages);
            }
        }

        Flush(pending, null, messages);
    }

    private static void Flush(StringBuilder pending, InlineKeyboardMarkup? keyboard, List<TelegramOutgoingMessage> messages)
    {
        if (pending.Length == 0)
        {
            return;
        }

        var parts = TelegramHtmlSplitter.Split(pending.ToString());
        pending.Clear();
        for (var i = 0; i < parts.Count; i++)
        {
            messages.Add(new TelegramOutgoingMessage(parts[i], i == parts.Count - 1 ? keyboard : null));
        }
    }

    private static string RenderText(TextReply reply)
    {
        if (reply.Tone != ReplyTone.Warning)
        {
            return TelegramHtml.Escape(reply.Text);
        }

        var text = reply.Text.Trim();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline];
        var rest = newline < 0 ? "" : text[newline..];
        return "⚠️ " + TelegramHtml.Bold(first) + TelegramHtml.Escape(rest);
    }

    private static string RenderChecklist(ChecklistReply checklist)
    {
        var builder = new StringBuilder(TelegramHtml.Bold(checklist.Title));
        foreach (var line in checklist.Lines)
        {
            builder.Append('\n').Append(line.Done ? "✅ " : "⬜ ").Append(TelegramHtml.Escape(line.Text));
        }

        if (!string.IsNullOrWhiteSpace(checklist.Footer))
        {
            builder.Append("\n\n").Append(TelegramHtml.Escape(checklist.Footer));
        }

        return builder.ToString();
    }

    private static string RenderCard(CardReply card)
    {
        var builder = new StringBuilder(TelegramHtml.Bold(card.Title));
        foreach (var section in card.Sections)
        {
            builder.Append("\n\n");
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                builder.Append(TelegramHtml.Bold(section.Heading)).Append('\n');
            }

            if (section.Copyable)
            {
                // One <pre> block: Telegram offers to copy it with one tap.
                builder.Append("<pre>").Append(TelegramHtml.Escape(string.Join('\n', section.Lines))).Append("</pre>");
            }
            else
            {
                builder.AppendJoin('\n', section.Lines.Select(line => "• " + TelegramHtml.Escape(line)));
            }
        }

        return builder.ToString().TrimEnd();
    }

    private InlineKeyboardMarkup? Keyboard(ChoicesReply choices)
    {
        var buttons = new List<InlineKeyboardButton>(choices.Choices.Count);
        foreach (var choice in choices.Choices)
        {
            var data = TelegramCallbackData.Format(choices.PromptId, choice.Id);
            if (data is null)
            {
                // Breaks the ReplyChoice contract (short ASCII id); the user can still answer in words.
                LogUnpackableChoice(choice.Id.Length);
                continue;
            }

            buttons.Add(InlineKeyboardButton.WithCallbackData(string.IsNullOrWhiteSpace(choice.Label) ? choice.Id : choice.Label, data));
        }

        if (buttons.Count == 0)
        {
            return null;
        }

        var perRow = buttons.TrueForAll(b => b.Text.Length <= ShortLabel) ? 2 : 1;
        return new InlineKeyboardMarkup(buttons.Chunk(perRow));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply of kind {Kind} rendered to nothing and was not sent")]
    private partial void LogSkipped(string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A choice id of {Length} characters does not fit in callback_data; its button was left out")]
    private partial void LogUnpackableChoice(int length);
}
