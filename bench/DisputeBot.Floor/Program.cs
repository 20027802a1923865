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
    // Only the async API: the 1.2 client's sync calls starve the thread pool under load.
    var stored = await database.StringGetAsync(key).ConfigureAwait(false);
    var state = stored.IsNull ? new FloorState(0, null) : JsonSerializer.Deserialize((byte[])stored!, FloorJsonContext.Default.FloorState)!;
    var next = new FloorState(state.Turns + 1, turn.Text);
    await database.StringSetAsync(key, JsonSerializer.SerializeToUtf8Bytes(next, FloorJsonContext.Default.FloorState), expiry).ConfigureAwait(false);
    return Results.Ok(new FloorReply("Got it.", next.Turns));
});
await app.RunAsync().ConfigureAwait(false);
