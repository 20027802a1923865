using System.Collections.Concurrent;
using System.Text.Json;
using DisputeBot.Channels.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace DisputeBot.Tests.Telegram;

/// <summary>Builds the channel's parts by hand around a <see cref="TelegramFakeBotApi"/> and a clock.</summary>
public static class TelegramTestSupport
{
    public static TelegramOptions Options(Action<TelegramOptions>? change = null)
    {
        var options = new TelegramOptions { BotToken = TelegramHostFactory.Token, ApiRoot = "http://127.0.0.1:9" };
        change?.Invoke(options);
        return options;
    }

    /// <summary>Telegram.Bot's client talking to <paramref name="api"/> (no resilience pipeline: each call is one request).</summary>
    public static ITelegramBotClient Client(TelegramFakeBotApi api) =>
        new TelegramBotClient(new TelegramBotClientOptions(TelegramHostFactory.Token, "http://127.0.0.1:9"), new HttpClient(api, disposeHandler: false));

    public static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;

    /// <summary>A text message update from user <paramref name="chat"/> in their private chat.</summary>
    public static string TextUpdate(long id, long chat, string text = "x", string? languageCode = null)
    {
        var from = new System.Text.Json.Nodes.JsonObject { ["id"] = chat, ["is_bot"] = false };
        if (languageCode is not null)
        {
            from["language_code"] = languageCode;
        }

        return new System.Text.Json.Nodes.JsonObject
        {
            ["update_id"] = id,
            ["message"] = new System.Text.Json.Nodes.JsonObject
            {
                ["message_id"] = id,
                ["date"] = 1795000000,
                ["chat"] = new System.Text.Json.Nodes.JsonObject { ["id"] = chat, ["type"] = "private" },
                ["from"] = from,
                ["text"] = text,
            },
        }.ToJsonString();
    }
}

/// <summary>Keeps every log entry, to check what an operator would read.</summary>
public sealed class TelegramRecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));
}
