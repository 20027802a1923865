using System.Globalization;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Channels.Telegram.Support;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Handoff;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>
/// One update, start to finish: answer a button press at once (the spinner stops) unless the webhook's answer did,
/// run the turn pipeline (load, dialog, save) with "typing" shown only if it is slow, mark the pressed keyboard, then
/// send the replies. Updates of other kinds are acknowledged and ignored. A failed Bot API call (the library's
/// <see cref="RequestException"/>, after the outbound pipeline's retries) costs that one message, never the turn.
/// </summary>
public sealed partial class TelegramUpdateHandler(
    TurnPipeline pipeline,
    ReplyDispatcher replies,
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger,
    TelegramSupportGroup? support = null,
    HandoffWebhook? webhook = null) : ITelegramUpdateHandler
{
    public const string Channel = "telegram";

    private readonly TelegramOptions _options = options.Value;

    public async Task HandleAsync(Update update, bool callbackAnswered, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } query && !callbackAnswered)
        {
            await AnswerCallbackAsync(query, cancellationToken).ConfigureAwait(false);
        }

        // The support group is no buyer: only an agent's reply to a buyer's post counts there, as the buyer's turn.
        var incoming = support is { IsOn: true } && support.IsFromGroup(update) ? support.Map(update) : Buyer(TelegramTurnMapper.Map(update));
        if (incoming is null)
        {
            LogIgnored(update.Id, update.Type);
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

    /// <summary>A buyer's turn says whether a person can take over: live when the support group is set, else passed
    /// on when the handoff webhook is.</summary>
    private TelegramIncomingTurn? Buyer(TelegramIncomingTurn? incoming)
    {
        var mode = support is { IsOn: true } ? HandoffMode.Live : webhook?.Mode ?? HandoffMode.None;
        return incoming is not null && mode != HandoffMode.None ? incoming with { Turn = incoming.Turn with { Handoff = mode } } : incoming;
    }

    private async Task AnswerCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException exception)
        {
            // "Query is too old" after a restart, for instance: the press itself is still handled.
            LogCallbackAnswerFailed(exception.Message);
        }
    }

    private async Task SendTypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException exception)
        {
            LogTypingFailed(exception.Message);
        }
    }

    /// <summary>Replaces the pressed keyboard with one inert button showing the choice ("✔️ Yes"), so the same
    /// question cannot be answered twice by accident. Only the keyboard is edited: the message keeps its text and
    /// formatting. Without the pressed button's label the keyboard is just removed.</summary>
    private async Task MarkPressedAsync(long chatId, CallbackQuery query, CancellationToken cancellationToken)
    {
        if (query.Message is not { Id: > 0 } message)
        {
            return;
        }

        var label = PressedLabel(message.ReplyMarkup, query.Data);
        var keyboard = label is null
            ? new InlineKeyboardMarkup()
            : new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("✔️ " + label, TelegramCallbackData.Inert));
        try
        {
            await client.EditMessageReplyMarkup(chatId, message.Id, keyboard, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException exception)
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
    private partial void LogIgnored(long updateId, UpdateType kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "answerCallbackQuery failed: {Reason}")]
    private partial void LogCallbackAnswerFailed(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "sendChatAction failed: {Reason}")]
    private partial void LogTypingFailed(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Marking a pressed keyboard failed: {Reason}")]
    private partial void LogEditFailed(string reason);
}
