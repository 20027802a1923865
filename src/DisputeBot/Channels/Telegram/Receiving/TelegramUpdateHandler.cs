using System.Globalization;
using DisputeBot.Channels.Telegram.Api;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>
/// One update, start to finish: answer a button press at once (the spinner stops) unless the webhook's answer did,
/// run the turn pipeline (load, dialog, save) with "typing" shown only if it is slow, mark the pressed keyboard, then
/// send the replies. Updates of other kinds are acknowledged and ignored.
/// </summary>
public sealed partial class TelegramUpdateHandler(
    TurnPipeline pipeline,
    ReplyDispatcher replies,
    TelegramBotClient client,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger) : ITelegramUpdateHandler
{
    public const string Channel = "telegram";

    private readonly TelegramOptions _options = options.Value;

    public async Task HandleAsync(TelegramUpdate update, bool callbackAnswered, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } query && !callbackAnswered)
        {
            await AnswerCallbackAsync(query, cancellationToken).ConfigureAwait(false);
        }

        var incoming = TelegramTurnMapper.Map(update);
        if (incoming is null)
        {
            LogIgnored(update.UpdateId, update.Kind);
            return;
        }

        var chatId = incoming.ChatId;
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        var key = new ConversationKey(Channel, chat);
        var address = new ConversationAddress(Channel, chat);
        var route = new ReplyRoute(TelegramReplySender.SenderName);
        TurnResult result;
        await using (TypingIndicator.Start(stop => SendTypingAsync(chatId, stop), _options.TypingDelay, _options.TypingInterval, time, cancellationToken))
        {
            result = await pipeline.RunAsync(key, incoming.Turn, address, route, cancellationToken).ConfigureAwait(false);
        }

        if (result.Outcome == TurnOutcome.Duplicate)
        {
            return;
        }

        if (update.CallbackQuery is { } pressed && result.Outcome is TurnOutcome.Answered or TurnOutcome.Forgotten)
        {
            await MarkPressedAsync(chatId, pressed, cancellationToken).ConfigureAwait(false);
        }

        // Saved with the state (the outbox): sent now by TelegramReplySender, or later by the next turn or the sweeper.
        await replies.DeliverAsync(key, result, route, address, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerCallbackAsync(TelegramCallbackQuery query, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQueryAsync(query.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TelegramApiException or HttpRequestException or TimeoutException)
        {
            // "Query is too old" after a restart, for instance: the press itself is still handled.
            LogCallbackAnswerFailed(exception.Message);
        }
    }

    private async Task SendTypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendChatActionAsync(chatId, "typing", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TelegramApiException or HttpRequestException or TimeoutException)
        {
            LogTypingFailed(exception.Message);
        }
    }

    /// <summary>Replaces the pressed keyboard with one inert button showing the choice ("✔️ Yes"), so the same
    /// question cannot be answered twice by accident. Only the keyboard is edited: the message keeps its text and
    /// formatting. Without the pressed button's label the keyboard is just removed.</summary>
    private async Task MarkPressedAsync(long chatId, TelegramCallbackQuery query, CancellationToken cancellationToken)
    {
        if (query.Message is not { MessageId: > 0 } message)
        {
            return;
        }

        var label = PressedLabel(message.ReplyMarkup, query.Data);
        var keyboard = label is null
            ? InlineKeyboardMarkup.Empty
            : new InlineKeyboardMarkup { InlineKeyboard = [[new InlineKeyboardButton("✔️ " + label, TelegramCallbackData.Inert)]] };
        try
        {
            await client.EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(chatId, message.MessageId, keyboard), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TelegramApiException or HttpRequestException or TimeoutException)
        {
            // "Message is not modified" after a double press, or a message too old to edit.
            LogEditFailed(exception.Message);
        }
    }

    private static string? PressedLabel(InlineKeyboardMarkup? keyboard, string? data)
    {
        foreach (var row in keyboard?.InlineKeyboard ?? [])
        {
            foreach (var button in row)
            {
                if (button.CallbackData == data)
                {
                    return button.Text;
                }
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored Telegram update {UpdateId} of kind {Kind}")]
    private partial void LogIgnored(long updateId, string kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "answerCallbackQuery failed: {Reason}")]
    private partial void LogCallbackAnswerFailed(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "sendChatAction failed: {Reason}")]
    private partial void LogTypingFailed(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Marking a pressed keyboard failed: {Reason}")]
    private partial void LogEditFailed(string reason);
}
