using System.Globalization;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Channels.Telegram.Support;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;
using Polly;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DisputeBot.Channels.Telegram;

/// <summary>Sends a Telegram chat's pending replies from the outbox (after the turn that saved them, or later by
/// the next turn or the sweeper). Stops at the first message Telegram did not take, reporting its retry_after.
/// Replies meant for a person taking over go to the support group, when there is one.</summary>
public sealed partial class TelegramReplySender(
    ITelegramBotClient client,
    TelegramReplyRenderer renderer,
    ILogger<TelegramReplySender> logger,
    TelegramSupportGroup? support = null) : IReplySender
{
    public const string SenderName = "telegram";

    public string Name => SenderName;

    public async Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var chatId = long.Parse(replies.Key.ConversationId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var messages = Render(replies.Replies, chatId);
        var delivered = replies.Delivered;

        for (; delivered < messages.Count; delivered++)
        {
            var (to, message) = messages[delivered];
            try
            {
                try
                {
                    await SendAsync(to, message, message.Html, ParseMode.Html, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiRequestException exception) when (exception.ErrorCode == 400 && IsMarkupError(exception.Message))
                {
                    // Our HTML was refused: the words still matter more than their styling.
                    LogMarkupRefused(exception.Message);
                    await SendAsync(to, message, TelegramHtml.ToPlainText(message.Html), ParseMode.None, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == 403)
            {
                // Blocked by the user: nothing will ever get through, so the rest counts as delivered.
                LogBlocked(chatId);
                return DeliveryReport.AllSent;
            }
            catch (Exception exception) when (exception is RequestException or HttpRequestException or TimeoutException or ExecutionRejectedException)
            {
                LogSendFailed(exception, chatId);
                var retryAfter = (exception as ApiRequestException)?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
                return new DeliveryReport(false, delivered, retryAfter);
            }
        }

        return DeliveryReport.AllSent;
    }

    /// <summary>The messages in order, each with its chat: the buyer's, or the support group for what is meant for the
    /// person taking over. The same replies always give the same list, so a retry skips exactly what went out.</summary>
    private List<(long Chat, TelegramOutgoingMessage Message)> Render(IReadOnlyList<Reply> replies, long buyerChatId)
    {
        var messages = new List<(long, TelegramOutgoingMessage)>(2);
        var run = new List<Reply>(replies.Count);
        foreach (var reply in replies)
        {
            if (reply is not (HandoffReply or RelayReply))
            {
                run.Add(reply);
                continue;
            }

            messages.AddRange(renderer.Render(run).Select(m => (buyerChatId, m)));
            run.Clear();
            if (support?.ChatId is { } group)
            {
                messages.AddRange(support.Render(reply, buyerChatId).Select(m => (group, m)));
            }
        }

        messages.AddRange(renderer.Render(run).Select(m => (buyerChatId, m)));
        return messages;
    }

    private async Task SendAsync(long to, TelegramOutgoingMessage message, string text, ParseMode mode, CancellationToken cancellationToken)
    {
        if (message.Document is not { } file)
        {
            await client.SendMessage(to, text, mode, replyMarkup: message.Keyboard, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        // A seekable stream: a retried request sends the file again from its start.
        using var content = new MemoryStream(file.Content, writable: false);
        await client.SendDocument(
            to,
            InputFile.FromStream(content, file.FileName),
            caption: text.Length > 0 ? text : null,
            parseMode: mode,
            replyMarkup: message.Keyboard,
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static bool IsMarkupError(string? description) =>
        description is not null && (description.Contains("parse", StringComparison.OrdinalIgnoreCase) || description.Contains("entit", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram refused a reply's HTML ({Reason}); sent it as plain text")]
    private partial void LogMarkupRefused(string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} blocked the bot; replies dropped")]
    private partial void LogBlocked(long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply to chat {ChatId} could not be sent; it stays in the outbox")]
    private partial void LogSendFailed(Exception exception, long chatId);
}
