using System.Text.Json;
using DisputeBot.Floor;
using StackExchange.Redis;

// The floor: the least a chat turn with Redis state can cost on this machine. One JSON body in, one Redis GET,
// one Redis SET (with the same 90-day expiry the bot gives its state), one JSON body out. No dialog, no checks.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

// As in the bot's appsettings.json: with this category on, ASP.NET Core makes an Activity for every request.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, FloorJsonContext.Default));

var connectionString = builder.Configuration.GetConnectionString("Redis")
    ?? throw new InvalidOperationException("ConnectionStrings:Redis (env ConnectionStrings__Redis) must name the Redis server, e.g. 127.0.0.1:6379.");
var redis = await ConnectionMultiplexer.ConnectAsync(connectionString + ",abortConnect=false").ConfigureAwait(false);
var database = redis.GetDatabase();
var expiry = TimeSpan.FromDays(90);

var app = builder.Build();
app.MapGet("/readyz", () => redis.IsConnected ? Results.Ok() : Results.StatusCode(503));
app.MapPost("/api/floor", async (FloorTurn? turn) =>
{
    if (turn is null || string.IsNullOrEmpty(turn.Conversation))
    {
        return Results.BadRequest("conversation is required");
    }

    RedisKey key = "floor:" + turn.Conversation;
    var stored = await database.StringGetAsync(key).ConfigureAwait(false);
    var state = stored.IsNull ? new FloorState(0, null) : JsonSerializer.Deserialize((byte[])stored!, FloorJsonContext.Default.FloorState)!;
    var next = new FloorState(state.Turns + 1, turn.Text);
    await database.StringSetAsync(key, JsonSerializer.SerializeToUtf8Bytes(next, FloorJsonContext.Default.FloorState), expiry).ConfigureAwait(false);
    return Results.Ok(new FloorReply("Got it.", next.Turns));
});

// The Telegram floor: the floor's turn taken from a Telegram update, plus the Bot API calls a Telegram turn cannot do
// without (see FloorBotApiCalls.cs), made the plainest way: one shared HttpClient, the body buffered, the status read.
var telegram = builder.Configuration.GetSection("Telegram");
if (telegram["ApiRoot"] is { Length: > 0 } apiRoot)
{
    var secret = telegram["SecretToken"] ?? throw new InvalidOperationException("Telegram:SecretToken (env Telegram__SecretToken) must be set with Telegram:ApiRoot.");
    var botApi = new HttpClient { BaseAddress = new Uri($"{apiRoot.TrimEnd('/')}/bot{telegram["BotToken"]}/") };
    app.MapPost("/api/telegram", async (HttpRequest request, FloorUpdate? update) =>
    {
        if (request.Headers["X-Telegram-Bot-Api-Secret-Token"] != secret)
        {
            return Results.StatusCode(403);
        }

        var press = update?.CallbackQuery;
        var message = update?.Message ?? press?.Message;
        if (message is null)
        {
            return Results.BadRequest("an update with a message or a callback_query is required");
        }

        RedisKey key = "floor:tg:" + message.Chat.Id;
        var stored = await database.StringGetAsync(key).ConfigureAwait(false);
        var state = stored.IsNull ? new FloorState(0, null) : JsonSerializer.Deserialize((byte[])stored!, FloorJsonContext.Default.FloorState)!;
        var next = new FloorState(state.Turns + 1, update!.Message?.Text ?? press?.Data);
        await database.StringSetAsync(key, JsonSerializer.SerializeToUtf8Bytes(next, FloorJsonContext.Default.FloorState), expiry).ConfigureAwait(false);
        // As the bot does, the webhook is answered without waiting for the Bot API calls; a failed call leaves the
        // shopper without its reply, which the harness counts as an error.
        var replies = int.TryParse(request.Query["replies"], out var asked) ? Math.Clamp(asked, 1, ReplyTexts.Length) : 1;
        _ = ReplyAsync(message, press is not null, replies);
        return press is null ? Results.Ok() : Results.Json(new FloorAnswerCallback("answerCallbackQuery", press.Id), FloorJsonContext.Default.FloorAnswerCallback);
    });

    // ?replies=2: a turn answered with two messages, as the bot's turns that send a card are.
    async Task ReplyAsync(FloorMessage message, bool pressed, int replies)
    {
        if (pressed
            && !await CallAsync("editMessageReplyMarkup", JsonSerializer.SerializeToUtf8Bytes(new FloorEditReplyMarkup(message.Chat.Id, message.MessageId, new FloorKeyboard([])), FloorJsonContext.Default.FloorEditReplyMarkup)).ConfigureAwait(false))
        {
            return;
        }

        for (var i = 0; i < replies; i++)
        {
            if (!await CallAsync("sendMessage", JsonSerializer.SerializeToUtf8Bytes(new FloorSendMessage(message.Chat.Id, ReplyTexts[i]), FloorJsonContext.Default.FloorSendMessage)).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    async Task<bool> CallAsync(string method, byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = await botApi.PostAsync(method, content).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

await app.RunAsync().ConfigureAwait(false);

internal static partial class Program
{
    /// <summary>Different words for each message of a turn: the harness counts a turn that got the same message twice.</summary>
    private static readonly string[] ReplyTexts = ["Got it.", "Noted, thank you."];
}
