using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace DisputeBot.Channels.Telegram.Support;

/// <summary>
/// The support-group pattern (Telegram:SupportChatId): the bot posts a buyer's handoff (summary and latest messages)
/// and their later words to a group of support agents; an agent answers by replying to one of those posts, and a
/// reply "/close" hands the buyer back to the bot. Every post carries the buyer's chat as a hashtag
/// (<c>#chat123</c>), so a reply finds its buyer with nothing stored, on any instance. The texts here are for the
/// support team, so they are not in the buyer's language.
/// </summary>
public sealed partial class TelegramSupportGroup(IOptions<TelegramOptions> options)
{
    /// <summary>The reply that closes a case.</summary>
    public const string CloseCommand = "/close";

    private readonly long? _chatId = options.Value.SupportChatId;

    /// <summary>The group's chat id, or null when the pattern is off.</summary>
    public long? ChatId => _chatId;

    /// <summary>A person can answer the buyer live: the support group is configured.</summary>
    public bool IsOn => _chatId is not null;

    /// <summary>The group messages for a reply meant for the person taking over; none for other replies.</summary>
    public IReadOnlyList<TelegramOutgoingMessage> Render(Reply reply, long buyerChatId)
    {
        var tag = Tag(buyerChatId);
        var body = reply switch
        {
            HandoffReply handoff => Handoff(handoff.Request),
            RelayReply relay => "💬 " + TelegramHtml.Escape(relay.Text),
            _ => null,
        };
        if (body is null)
        {
            return [];
        }

        // The tag heads every part, so a reply to any of them reaches the buyer.
        var parts = TelegramHtmlSplitter.Split(body, TelegramHtmlSplitter.MaxMessageLength - tag.Length - 1);
        return [.. parts.Select(part => new TelegramOutgoingMessage(tag + "\n" + part))];
    }

    /// <summary>An agent's reply in the support group to one of the bot's posts, as a turn of the buyer's
    /// conversation; null for anything else said in the group.</summary>
    public TelegramIncomingTurn? Map(Update update)
    {
        if (update.Message is not { Chat: { } chat, From: { IsBot: false } agent, ReplyToMessage: { } repliedTo } message
            || chat.Id != _chatId
            || repliedTo.From is { IsBot: false }
            || string.IsNullOrWhiteSpace(message.Text)
            || BuyerOf(repliedTo.Text ?? repliedTo.Caption) is not { } buyer)
        {
            return null;
        }

        var text = TelegramTurnMapper.NormalizeCommand(message.Text.Trim());
        TurnInput input = text.Equals(CloseCommand, StringComparison.OrdinalIgnoreCase) ? new HandoffEndedInput() : new AgentMessageInput(text);
        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        return new TelegramIncomingTurn(buyer, new Turn(updateId, agent.Id.ToString(CultureInfo.InvariantCulture), null, input, Handoff: HandoffMode.Live));
    }

    /// <summary>Whether the update comes from the support group (where nothing starts a dispute).</summary>
    public bool IsFromGroup(Update update) =>
        _chatId is { } group && (update.Message?.Chat.Id == group || update.CallbackQuery?.Message?.Chat.Id == group || update.EditedMessage?.Chat.Id == group);

    internal static string Tag(long buyerChatId) => "#chat" + buyerChatId.ToString(CultureInfo.InvariantCulture);

    internal static long? BuyerOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = TagPattern().Match(text);
        return match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static string Handoff(HandoffRequest request)
    {
        var builder = new StringBuilder();
        builder.Append("🙋 ").Append(TelegramHtml.Bold(request.Reason == HandoffReason.Asked
            ? "A buyer asks for a person"
            : "The bot could not understand a buyer, who asked for a person"));
        builder.Append(" (").Append(TelegramHtml.Escape(request.Language)).Append(")\n\n");
        builder.Append(TelegramHtml.Escape(request.Summary));
        if (request.Recent.Count > 0)
        {
            builder.Append("\n\n").Append(TelegramHtml.Bold("Latest messages"));
            foreach (var line in request.Recent)
            {
                builder.Append('\n').Append(line.FromBuyer ? "👤 " : "🤖 ").Append(TelegramHtml.Escape(line.Text));
            }
        }

        builder.Append("\n\n").Append(TelegramHtml.Escape($"Reply to this message to answer the buyer; reply {CloseCommand} to hand them back to the bot."));
        return builder.ToString();
    }

    [GeneratedRegex(@"#chat(\d{1,20})\b")]
    private static partial Regex TagPattern();
}
