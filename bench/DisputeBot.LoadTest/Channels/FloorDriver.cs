using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>Turns against the floor: one small JSON body per turn, the same shoppers and spacing as the bot gets.</summary>
internal sealed class FloorDriver(HttpClient http, Uri baseAddress) : ITurnDriver
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly Uri _endpoint = new(baseAddress, "api/floor");

    public string Name => "floor";

    public int Instances => 1;

    public async Task<TurnOutcome> RunTurnAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        var text = shopper.LastAction switch
        {
            TextAction t => t.Text,
            ChooseAction c => c.Choice.Label,
            _ => "hi",
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(new FloorBody(shopper.ConversationId, text), LoadJsonContext.Default.FloorBody);
        var started = Stopwatch.GetTimestamp();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        try
        {
            using var response = await http.PostAsync(_endpoint, content, cancellationToken);
            var reply = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, "http " + (int)response.StatusCode);
            }

            using var document = JsonDocument.Parse(reply);
            shopper.SentUpdateIds.Add(shopper.Turns.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // The floor always asks nothing; the shopper plays on with words and ends at its turn budget.
            ShopperScript.Observe(shopper, [new BotMessage(document.RootElement.GetProperty("text").GetString() ?? "", [])]);
            return TurnOutcome.Ok(instance, Stopwatch.GetTimestamp() - started);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, LoadHttpClient.Classify(exception));
        }
    }

    public Task<bool> RedeliverAsync(Shopper shopper, int instance, CancellationToken cancellationToken) => Task.FromResult(false);
}
