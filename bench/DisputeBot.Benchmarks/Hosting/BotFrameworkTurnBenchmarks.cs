using System.Buffers;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.BotFramework.Authentication;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Hosting;
using DisputeBot.Storage;
using DisputeBot.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DisputeBot.Benchmarks.Hosting;

/// <summary>
/// One whole <c>POST /api/messages</c> turn with <c>deliveryMode: expectReplies</c>, in process: the real host services
/// (dialog, pipeline, renderers, anonymous authentication), a request as the load test sends it (~600 bytes), the
/// endpoint, then its result written to the response body. No Kestrel and no Redis: a <see cref="FixedConversationStore"/>
/// returns the same stored record every time, so each operation is the same turn. The baseline, in the same run, is
/// reading the activity and writing it back (JSON only).
/// </summary>
[MemoryDiagnoser]
public class BotFrameworkTurnBenchmarks : IDisposable
{
    private const string ConversationId = "bench-conversation-0001";

    private WebApplication _app = null!;
    private FixedConversationStore _store = null!;
    private readonly MemoryStream _response = new(64 * 1024);

    private Task<StoredState?> _atTimer = null!;
    private Task<StoredState?> _atEvidence = null!;
    private byte[] _typedDate = null!;
    private byte[] _buttonPress = null!;
    private byte[] _sellerOffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Production" });
        builder.Configuration["Dialogs:Path"] = Path.Combine(root, "dialogs");
        // Only Warning and above, as in production under load; and no console output inside the benchmark.
        builder.Logging.ClearProviders();
        builder.AddDisputeBotCore();
        builder.AddConversationStore();
        builder.AddBotFrameworkChannel();
        builder.Services.AddSingleton<FixedConversationStore>();
        builder.Services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<FixedConversationStore>());
        _app = builder.Build();
        _store = _app.Services.GetRequiredService<FixedConversationStore>();

        // Play the dispute up to the two questions the benchmarks answer, keeping each stored record.
        Play(Text("setup-1", "/start"));
        Play(Choice("setup-2", """{"choice":"yes"}"""));
        Play(Choice("setup-3", """{"choice":"empty_package"}"""));
        _atTimer = FixedConversationStore.Record(_store.Current.ToArray());
        Play(Text("setup-4", "12 days left"));
        Play(Text("setup-5", "3 days ago"));
        Play(Choice("setup-6", """{"choice":"card"}"""));
        Play(Choice("setup-7", """{"choice":"dont_know"}"""));
        var checklist = Play(Choice("setup-8", """{"choice":"not_yet"}"""));
        _atEvidence = FixedConversationStore.Record(_store.Current.ToArray());

        // The button as Web Chat presses it: messageBack with the value the bot sent (choice and prompt).
        var done = checklist.SelectMany(a => a.SuggestedActions?.Actions ?? [])
            .FirstOrDefault(a => a.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("choice", out var c) && c.GetString() == "done")
            ?? throw new InvalidOperationException("Setup expected a 'done' button on the evidence checklist.");
        _typedDate = Text("turn-1", "12 days left");
        _buttonPress = Activity("turn-2", done.Text, done.Value!.Value.GetRawText());
        _sellerOffer = Text("turn-3", "Dear friend, please close the dispute and we will resend a new one for you");

        _store.Frozen = true;
        foreach (var (record, body) in new[] { (_atTimer, _typedDate), (_atEvidence, _buttonPress), (_atEvidence, _sellerOffer) })
        {
            _store.Use(record);
            var replies = Replies(Turn(body).GetAwaiter().GetResult());
            if (replies.Count == 0)
            {
                throw new InvalidOperationException("Setup expected replies to every benchmark turn.");
            }
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _response.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Baseline: read + write the activity (JSON only)")]
    public int ActivityRoundTrip()
    {
        var activity = JsonSerializer.Deserialize(_sellerOffer, BotFrameworkJson.Context.Activity)!;
        return JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJson.Context.Activity).Length;
    }

    [Benchmark(Description = "Date typed → next question")]
    public Task<int> TypedDate()
    {
        _store.Use(_atTimer);
        return Turn(_typedDate);
    }

    [Benchmark(Description = "Button press (messageBack) on the checklist")]
    public Task<int> ButtonPress()
    {
        _store.Use(_atEvidence);
        return Turn(_buttonPress);
    }

    [Benchmark(Description = "Pasted seller offer → warning")]
    public Task<int> SellerOffer()
    {
        _store.Use(_atEvidence);
        return Turn(_sellerOffer);
    }

    /// <summary>One request as the endpoint sees it: a request scope, the handler's parameters resolved from it (as
    /// minimal APIs do), the result executed into the response body.</summary>
    private async Task<int> Turn(byte[] body)
    {
        using var scope = _app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = BotMessagesEndpoint.Route;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        _response.SetLength(0);
        context.Response.Body = _response;

        var result = await BotMessagesEndpoint.HandleAsync(
            context,
            services.GetRequiredService<BotFrameworkAuthenticator>(),
            services.GetRequiredService<BotFrameworkActivityHandler>(),
            services.GetRequiredService<IOptions<BotFrameworkOptions>>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<BotFrameworkActivityHandler>>());
        await result.ExecuteAsync(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"The turn answered {context.Response.StatusCode}.");
        }

        return (int)_response.Length;
    }

    private List<Activity> Play(byte[] body)
    {
        var replies = Replies(Turn(body).GetAwaiter().GetResult());
        return replies.Count > 0 ? replies : throw new InvalidOperationException("Setup expected replies.");
    }

    private List<Activity> Replies(int length) =>
        JsonSerializer.Deserialize(_response.GetBuffer().AsSpan(0, length), BotFrameworkJson.Context.ExpectedReplies)!.Activities;

    private static byte[] Text(string id, string text) => Activity(id, text, null);

    private static byte[] Choice(string id, string value) => Activity(id, null, value);

    /// <summary>An activity as Web Chat sends it (and as the load test builds it).</summary>
    private static byte[] Activity(string id, string? text, string? value)
    {
        var now = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "message");
            writer.WriteString("id", id);
            writer.WriteString("timestamp", now.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("localTimestamp", now.ToOffset(TimeSpan.FromHours(2)).ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("serviceUrl", "http://127.0.0.1:9/");
            writer.WriteString("channelId", "webchat");
            writer.WriteStartObject("from");
            writer.WriteString("id", "bench-user-0001");
            writer.WriteString("role", "user");
            writer.WriteEndObject();
            writer.WriteStartObject("conversation");
            writer.WriteString("id", ConversationId);
            writer.WriteEndObject();
            writer.WriteStartObject("recipient");
            writer.WriteString("id", "disputebot");
            writer.WriteString("role", "bot");
            writer.WriteEndObject();
            writer.WriteString("locale", "en-US");
            writer.WriteString("deliveryMode", BotMessagesEndpoint.ExpectReplies);
            if (text is not null)
            {
                writer.WriteString("text", text);
            }

            if (value is not null)
            {
                writer.WritePropertyName("value");
                writer.WriteRawValue(value);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string FindRoot()
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
