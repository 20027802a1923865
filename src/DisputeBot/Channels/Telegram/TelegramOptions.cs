namespace DisputeBot.Channels.Telegram;

/// <summary>Settings of the Telegram channel (section "Telegram"). Without a bot token the channel is off.
/// The token and the secret come from the environment or user secrets, never from a committed file.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public const string DefaultApiRoot = "https://api.telegram.org";

    /// <summary>The token BotFather gave ("123456789:AA…"). Empty: the Telegram channel is off.</summary>
    public string? BotToken { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public https address of <c>/api/telegram</c>. When set (webhook mode), the bot registers it with
    /// setWebhook at start; when empty, the webhook is expected to be registered by other means.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Shared secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token; required in webhook mode.</summary>
    public string? SecretToken { get; set; }

    /// <summary>Where the Bot API lives (scheme, host and port; Telegram.Bot drops any path); tests point it at a
    /// local emulator.</summary>
    public string ApiRoot { get; set; } = DefaultApiRoot;

    /// <summary>Long-poll duration of getUpdates, in seconds.</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Pause after a getUpdates that came back empty sooner than its timeout (a server that does not
    /// long-poll would otherwise be asked in a tight loop).</summary>
    public TimeSpan EmptyPollDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest pause between getUpdates attempts after repeated failures.</summary>
    public TimeSpan MaxPollBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a turn runs before "typing" is shown: a quick turn's reply arrives before the indicator
    /// would matter, so it costs no Bot API call.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time between "typing" actions while a turn still runs (Telegram shows one for about 5 s).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The support group's chat id (negative, as Telegram numbers groups): a buyer who asks for a person is
    /// posted there, and agents answer by replying to the bot's posts. Empty: no live handoff on Telegram.</summary>
    public long? SupportChatId { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
