using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace DisputeBot.Tests.Telegram;

/// <summary>
/// The telegram-test-api Bot API emulator (tests/peers/telegram/emulator.js) as a real process on a free loopback
/// port, and the user's side of it: send text, commands and button presses; read what the bot sent (edits included).
/// </summary>
public sealed class TelegramEmulator : IAsyncLifetime, IDisposable
{
    private Process? _process;
    private HttpClient? _http;

    public Uri ApiRoot { get; private set; } = null!;

    private HttpClient Http => _http ?? throw new InvalidOperationException("The emulator is not started.");

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        var peers = Path.Combine(root, "tests", "peers");
        if (!Directory.Exists(Path.Combine(peers, "node_modules", "telegram-test-api")))
        {
            throw new InvalidOperationException($"telegram-test-api is not installed in {peers}: run scripts/install-test-deps (npm ci in tests/peers).");
        }

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = TelegramFreePort.Next();
            try
            {
                _process = await StartAsync(peers, port).ConfigureAwait(false);
                ApiRoot = new Uri($"http://127.0.0.1:{port}");
                _http = new HttpClient { BaseAddress = ApiRoot, Timeout = TimeSpan.FromSeconds(20) };
                return;
            }
            catch (InvalidOperationException exception)
            {
                last = exception;
            }
        }

        throw new InvalidOperationException("The Telegram emulator did not start.", last);
    }

    public void Dispose() => _http?.Dispose();

    public async Task DisposeAsync()
    {
        Dispose();
        if (_process is null)
        {
            return;
        }

        try
        {
            // Closing stdin asks the script to stop; kill it only if it does not.
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }

    public Task SendTextAsync(long chatId, string text, string? languageCode = null) =>
        PostAsync("/sendMessage", new JsonObject
        {
            ["botToken"] = TelegramHostFactory.Token,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = User(chatId, languageCode),
            ["chat"] = Chat(chatId),
            ["text"] = text,
        });

    /// <summary>A message carrying media (<paramref name="field"/> = "photo", "video" or "document") as the Telegram
    /// client would deliver it; the emulator passes any message fields through.</summary>
    public Task SendMediaAsync(long chatId, string field, JsonNode media, string? caption = null)
    {
        var message = new JsonObject
        {
            ["botToken"] = TelegramHostFactory.Token,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = User(chatId, null),
            ["chat"] = Chat(chatId),
            [field] = media,
        };
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        return PostAsync("/sendMessage", message);
    }

    /// <summary>A command as the Telegram client sends it: with a bot_command entity over the command word.</summary>
    public Task SendCommandAsync(long chatId, string text, string? languageCode = null)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return PostAsync("/sendCommand", new JsonObject
        {
            ["botToken"] = TelegramHostFactory.Token,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = User(chatId, languageCode),
            ["chat"] = Chat(chatId),
            ["text"] = text,
            ["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = space < 0 ? text.Length : space, ["type"] = "bot_command" }),
        });
    }

    /// <summary>A support agent's reply, in the group <paramref name="groupChatId"/>, to a message the bot posted there
    /// (Telegram carries the replied-to message along, as it does here).</summary>
    public Task SendGroupReplyAsync(long groupChatId, long agentId, string text, TelegramEmulatedMessage repliedTo) =>
        PostAsync("/sendMessage", new JsonObject
        {
            ["botToken"] = TelegramHostFactory.Token,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = new JsonObject { ["id"] = agentId, ["is_bot"] = false, ["first_name"] = "Agent" },
            ["chat"] = Group(groupChatId),
            ["text"] = text,
            ["reply_to_message"] = new JsonObject
            {
                ["message_id"] = repliedTo.MessageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = Group(groupChatId),
                ["from"] = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "DisputeBot" },
                ["text"] = TelegramEmulatedMessage.VisibleText(repliedTo.Text),
            },
        });

    /// <summary>A message in the group that replies to nothing (agents talking among themselves).</summary>
    public Task SendGroupTextAsync(long groupChatId, long agentId, string text) =>
        PostAsync("/sendMessage", new JsonObject
        {
            ["botToken"] = TelegramHostFactory.Token,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = new JsonObject { ["id"] = agentId, ["is_bot"] = false, ["first_name"] = "Agent" },
            ["chat"] = Group(groupChatId),
            ["text"] = text,
        });

    /// <summary>Presses a button of a message the bot sent. The press carries the message as Telegram does
    /// (id, chat, text and keyboard), so the bot can mark the chosen option.</summary>
    public Task PressAsync(long chatId, TelegramEmulatedMessage message, string callbackData, string? languageCode = null) =>
        PostAsync("/sendCallback", new JsonObject
        {
            ["botToken"] = TelegramHostFactory.Token,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = User(chatId, languageCode),
            ["message"] = new JsonObject
            {
                ["message_id"] = message.MessageId,
                ["chat"] = Chat(chatId),
                ["text"] = TelegramEmulatedMessage.VisibleText(message.Text),
                ["reply_markup"] = message.ReplyMarkup?.DeepClone(),
            },
            ["data"] = callbackData,
        });

    /// <summary>Everything the bot sent to <paramref name="chatId"/>, in order, as it looks now (edits applied).</summary>
    public async Task<IReadOnlyList<TelegramEmulatedMessage>> BotMessagesAsync(long chatId)
    {
        var response = await Http.PostAsJsonAsync("/getUpdatesHistory", new JsonObject { ["token"] = TelegramHostFactory.Token }).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))!;
        return body["result"]!.AsArray()
            .Select(item => item!.AsObject())
            .Where(item => item["message"]?["chat_id"] is not null && item["messageId"] is not null)
            .Select(TelegramEmulatedMessage.From)
            .Where(m => m.ChatId == chatId)
            .OrderBy(m => m.MessageId)
            .ToList();
    }

    /// <summary>The bytes of a document the bot sent, downloaded as from Telegram's file storage.</summary>
    public async Task<byte[]> DownloadAsync(TelegramEmulatedMessage message)
    {
        var fileId = message.Document?["file_id"]?.GetValue<string>() ?? throw new InvalidOperationException("The message holds no document.");
        return await Http.GetByteArrayAsync(new Uri($"/file/bot{TelegramHostFactory.Token}/documents/{fileId}", UriKind.Relative)).ConfigureAwait(false);
    }

    /// <summary>Waits (bounded) until the bot's messages to the chat satisfy <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<TelegramEmulatedMessage>> WaitForAsync(long chatId, Func<IReadOnlyList<TelegramEmulatedMessage>, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        IReadOnlyList<TelegramEmulatedMessage> messages;
        do
        {
            messages = await BotMessagesAsync(chatId).ConfigureAwait(false);
            if (condition(messages))
            {
                return messages;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
        while (DateTime.UtcNow < deadline);

        var seen = string.Join("\n---\n", messages.Select(m => m.Text));
        throw new TimeoutException($"The bot did not send {what}. Its messages so far:\n{seen}");
    }

    private async Task PostAsync(string path, JsonObject body)
    {
        var response = await Http.PostAsJsonAsync(path, body).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private static JsonObject User(long id, string? languageCode)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Buyer" };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return user;
    }

    private static JsonObject Group(long id) => new() { ["id"] = id, ["type"] = "supergroup", ["title"] = "Support" };

    private static JsonObject Chat(long id) => new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Buyer" };

    private static async Task<Process> StartAsync(string peers, int port)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = peers,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("telegram", "emulator.js"));
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js is not installed: run scripts/install-test-deps.", exception);
        }

        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
                if (line is null)
                {
                    throw new InvalidOperationException("The Telegram emulator exited: " + await errors.ConfigureAwait(false));
                }

                if (line.StartsWith("listening", StringComparison.Ordinal))
                {
                    // Keep draining its output so the pipe never fills.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return process;
                }
            }
        }
        catch (Exception) when (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DisputeBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DisputeBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Free loopback TCP ports for servers the tests start.</summary>
public static class TelegramFreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
