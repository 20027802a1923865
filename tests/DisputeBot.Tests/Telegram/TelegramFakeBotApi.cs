using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace DisputeBot.Tests.Telegram;

/// <summary>
/// An in-process Bot API for what the emulator cannot show: it records every call and answers getUpdates from a
/// queue, sendMessage with a fresh message, anything else with ok:true; <see cref="Respond"/> overrides any answer
/// (409, 429, network errors...).
/// </summary>
public sealed class TelegramFakeBotApi : HttpMessageHandler
{
    private readonly ConcurrentQueue<JsonArray> _batches = new();
    private readonly Lock _gate = new();
    private readonly List<TelegramRecordedCall> _calls = [];
    private TaskCompletionSource _called = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _messageId = 100;

    /// <summary>Return a response to override the default one, or null to keep it; may throw to simulate a network error.</summary>
    public Func<TelegramRecordedCall, HttpResponseMessage?>? Respond { get; set; }

    public IReadOnlyList<TelegramRecordedCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<TelegramRecordedCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    /// <summary>The next getUpdates returns these updates (JSON objects) as one batch.</summary>
    public void EnqueueUpdates(params string[] updates)
    {
        var batch = new JsonArray();
        foreach (var update in updates)
        {
            batch.Add(JsonNode.Parse(update));
        }

        _batches.Enqueue(batch);
    }

    /// <summary>Waits (bounded) until the calls recorded satisfy <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<TelegramRecordedCall>> WaitForAsync(Func<IReadOnlyList<TelegramRecordedCall>, bool> condition, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (condition(_calls))
                {
                    return [.. _calls];
                }

                next = _called.Task;
            }

            try
            {
                await next.WaitAsync(cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                var methods = string.Join(", ", Calls.Select(c => c.Method));
                throw new TimeoutException($"The expected Bot API calls did not happen. Calls so far: {methods}");
            }
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is not null)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        }

        return Json((HttpStatusCode)code, body.ToJsonString());
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var method = path[(path.LastIndexOf('/') + 1)..];
        var text = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var call = new TelegramRecordedCall(method, path, JsonNode.Parse(text)!.AsObject());
        TaskCompletionSource signal;
        lock (_gate)
        {
            _calls.Add(call);
            signal = _called;
            _called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
        return Respond?.Invoke(call) ?? Default(call);
    }

    private HttpResponseMessage Default(TelegramRecordedCall call)
    {
        switch (call.Method)
        {
            case "getUpdates":
                var batch = _batches.TryDequeue(out var next) ? next : [];
                return Json(HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = batch }.ToJsonString());
            case "sendMessage":
                var id = Interlocked.Increment(ref _messageId);
                var message = new JsonObject
                {
                    ["message_id"] = id,
                    ["date"] = 1795000000,
                    ["chat"] = new JsonObject { ["id"] = call.Body["chat_id"]!.GetValue<long>(), ["type"] = "private" },
                    ["text"] = call.Body["text"]!.GetValue<string>(),
                };
                return Json(HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = message }.ToJsonString());
            default:
                return Json(HttpStatusCode.OK, """{"ok":true,"result":true}""");
        }
    }
}

/// <summary>One request the bot made: the Bot API method, the URL path and the JSON body.</summary>
public sealed record TelegramRecordedCall(string Method, string Path, JsonObject Body)
{
    public string? Text => Body["text"]?.GetValue<string>();

    public long? ChatId => Body["chat_id"]?.GetValue<long>();

    /// <summary>The inline keyboard's buttons, row by row, as (text, callback_data).</summary>
    public IReadOnlyList<IReadOnlyList<(string Text, string Data)>> Keyboard =>
        Body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .Select(row => (IReadOnlyList<(string, string)>)row!.AsArray().Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>())).ToList())
            .ToList()
        ?? [];
}
