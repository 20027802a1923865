using System.Globalization;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Turns;
using Polly;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace DisputeBot.Channels.Telegram;

/// <summary>Sends a Telegram chat's pending replies from the outbox (after the turn that saved them, or later by
/// the next turn or the sweeper). Stops at the first message Telegram did not take, reporting its retry_after.</summary>
public sealed partial class TelegramReplySender(
    ITelegramBotClient client,
    TelegramReplyRenderer renderer,
    ILogger<TelegramReplySender> logger) : IReplySender
{
    public const string SenderName = "telegram";

    public string Name => SenderName;

    public async Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var chatId = long.Parse(replies.Key.ConversationId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var messages = renderer.Render(replies.Replies);
        var delivered = replies.Delivered;

        for (; delivered < messages.Count; delivered++)
        {
            var message = messages[delivered];
            try
            {
                try
                {
                    await client.SendMessage(chatId, message.Html, ParseMode.Html, replyMarkup: message.Keyboard, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (ApiRequestException exception) when (exception.ErrorCode == 400 && IsMarkupError(exception.Message))
                {
                    // Our HTML was refused: the words still matter more than their styling.
                    LogMarkupRefused(exception.Message);
                    await client.SendMessage(chatId, TelegramHtml.ToPlainText(message.Html), replyMarkup: message.Keyboard, cancellationToken: cancellationToken).ConfigureAwait(false);
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

    private static bool IsMarkupError(string? description) =>
        description is not null && (description.Contains("parse", StringComparison.OrdinalIgnoreCase) || description.Contains("entit", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram refused a reply's HTML ({Reason}); sent it as plain text")]
    private partial void LogMarkupRefused(string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} blocked the bot; replies dropped")]
    private partial void LogBlocked(long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply to chat {ChatId} could not be sent; it stays in the outbox")]
    private partial void LogSendFailed(Exception exception, long chatId);
}
