using DisputeBot.Dialog.Knowledge;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>
/// At start: registers the webhook (webhook mode with Telegram:WebhookUrl set, with the secret token) and the command
/// menu, in English for everyone and in each other language for users whose app speaks it. Both are bounded in time
/// and never stop the host: a failure is logged and the bot keeps serving.
/// </summary>
public sealed partial class TelegramStartupService(
    ITelegramBotClient client,
    KnowledgeBase knowledge,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartupService> logger) : IHostedService
{
    private static readonly TimeSpan StartupBudget = TimeSpan.FromSeconds(20);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(StartupBudget);
        if (settings.Mode == TelegramMode.Webhook)
        {
            if (string.IsNullOrWhiteSpace(settings.WebhookUrl))
            {
                LogWebhookNotRegistered();
            }
            else
            {
                try
                {
                    await client.SetWebhook(settings.WebhookUrl, maxConnections: 40, allowedUpdates: TelegramPollingService.AllowedUpdates, secretToken: settings.SecretToken, cancellationToken: budget.Token).ConfigureAwait(false);
                    LogWebhookRegistered();
                }
                catch (Exception exception) when (exception is RequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    LogWebhookFailed(exception);
                }
            }
        }

        try
        {
            await client.SetMyCommands(TelegramCommands.For(knowledge.For(KnowledgeBase.FallbackLanguage).Messages), cancellationToken: budget.Token).ConfigureAwait(false);
            foreach (var language in knowledge.Languages.Where(l => l != KnowledgeBase.FallbackLanguage).Order(StringComparer.Ordinal))
            {
                await client.SetMyCommands(
                    TelegramCommands.For(knowledge.For(language).Messages),
                    languageCode: TelegramCommands.LanguageCode(language),
                    cancellationToken: budget.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is RequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogCommandsFailed(exception.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook registered (setWebhook with the secret token)")]
    private partial void LogWebhookRegistered();

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook mode without Telegram:WebhookUrl: setWebhook skipped, the webhook must be registered by other means")]
    private partial void LogWebhookNotRegistered();

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram setWebhook failed: no updates will arrive until it is registered (check Telegram:WebhookUrl and Telegram:BotToken)")]
    private partial void LogWebhookFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram setMyCommands failed (the command menu is optional): {Reason}")]
    private partial void LogCommandsFailed(string reason);
}
