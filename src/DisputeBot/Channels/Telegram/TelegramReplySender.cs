using System.Globalization;
using DisputeBot.Channels.Telegram.Api;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Turns;

namespace DisputeBot.Channels.Telegram;

/// <summary>Sends a Telegram chat's pending replies from the outbox (after the turn that saved them, or later by
/// the next turn or the sweeper). Stops at the first message Telegram did not take, reporting its retry_after.</summary>
public sealed partial class TelegramReplySender(
    TelegramBotClient client,
    TelegramReplyRenderer renderer,
    ILogger<TelegramReplySender> logger) : IReplySender
{
    public const string SenderName = "telegram";

    public string Name => SenderName;

    public async Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken)
    {
        var chatId = long.Parse(replies.Key.ConversationId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var messages = renderer.Render(replies.Replies);
        var delivered = replies.Delivered;

        for (; delivered < messages.Count; delivered++)
        {
            var message = messages[delivered];
            try
            {
                await client.SendMessageAsync(new SendMessageRequest(chatId, message.Html, TelegramBotClient.HtmlParseMode, message.Keyboard), cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramApiException exception) when (exception.ErrorCode == 400 && IsMarkupError(exception.Description))
            {
                // Our HTML was refused: the words still matter more than their styling.
                LogMarkupRefused(exception.Description);
                await client.SendMessageAsync(new SendMessageRequest(chatId, TelegramHtml.ToPlainText(message.Html), null, message.Keyboard), cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramApiException exception) when (exception.ErrorCode == 403)
            {
                // Blocked by the user: nothing will ever get through, so the rest counts as delivered.
                LogBlocked(chatId);
                return DeliveryReport.AllSent;
            }
            catch (Exception exception) when (exception is TelegramApiException or HttpRequestException or TimeoutException)
            {
                LogSendFailed(exception, chatId);
                return new DeliveryReport(false, delivered, (exception as TelegramApiException)?.RetryAfter);
            }
        }

        return DeliveryReport.AllSent;
    }

    private static bool IsMarkupError(string? description) =>
        description is not null && (description.Contains("parse", StringComparison.OrdinalIgnoreCase) || description.Contains("entit", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused a reply's HTML ({Reason}); sent it as plain text")]
    private partial void LogMarkupRefused(string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} blocked the bot; replies dropped")]
    private partial void LogBlocked(long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply to chat {ChatId} could not be sent; it stays in the outbox")]
    private partial void LogSendFailed(Exception exception, long chatId);
}
