using DisputeBot.Channels.Telegram;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.Telegram;

/// <summary>
/// The test host (<see cref="TestHost"/>) with Telegram settings of the test's choosing. With a
/// <see cref="TelegramFakeBotApi"/> the bot's Bot API calls go to it; without one they go to <c>Telegram:ApiRoot</c>
/// (the emulator). A <see cref="TelegramScriptedDialog"/> replaces the dispute dialog unless
/// <see cref="UseRealDialog"/> is set.
/// </summary>
public sealed class TelegramHostFactory(Dictionary<string, string?> settings) : TestHost(settings, Defaults)
{
    public const string Token = "123456:ABC-def";
    public const string Secret = "s3cret_token-for-tests";

    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Telegram:BotToken"] = Token,
        ["Telegram:ApiRoot"] = "http://127.0.0.1:9",
        ["Telegram:EmptyPollDelay"] = "00:00:00.100",

        // No "typing" unless a test asks for it, so a slow machine cannot add an unexpected call.
        ["Telegram:TypingDelay"] = "00:00:30",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public TelegramFakeBotApi? BotApi { get; init; }

    public TelegramScriptedDialog Dialog { get; } = new();

    public TimeProvider? Clock { get; init; }

    public bool UseRealDialog { get; init; }

    public static TelegramHostFactory Polling(TelegramFakeBotApi api, Dictionary<string, string?>? settings = null) => new(settings ?? []) { BotApi = api };

    public static TelegramHostFactory Webhook(TelegramFakeBotApi api) =>
        new(new() { ["Telegram:Mode"] = "webhook", ["Telegram:SecretToken"] = Secret }) { BotApi = api };

    protected override void ConfigureServices(IServiceCollection services)
    {
        if (!UseRealDialog)
        {
            services.AddSingleton(TelegramTestKnowledge.Create());
            services.AddSingleton<IDialog>(Dialog);
        }

        if (Clock is not null)
        {
            services.AddSingleton(Clock);
        }

        if (BotApi is not null)
        {
            services.AddHttpClient(TelegramChannelHostExtensions.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => BotApi)
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        }
    }
}
