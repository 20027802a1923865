using System.Net;
using System.Text;
using DisputeBot.Channels.Telegram.Receiving;
using DisputeBot.Dialog.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DisputeBot.Tests.Telegram;

/// <summary>Stopping the bot in webhook mode while accepted updates are still waiting for slow turns.</summary>
public sealed class TelegramShutdownTests : IDisposable
{
    private const int Chats = 8;
    private const int UpdatesPerChat = 5;

    private readonly TelegramFakeBotApi _api = new();
    private readonly TelegramHostFactory _host;
    private readonly HttpClient _http;

    public TelegramShutdownTests()
    {
        _host = TelegramHostFactory.Webhook(_api);
        _http = _host.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Every_update_answered_200_before_the_stop_is_finished_and_none_is_cancelled()
    {
        const int accepted = Chats * UpdatesPerChat;
        _host.Dialog.OnTurn = _ => Thread.Sleep(TimeSpan.FromMilliseconds(100));
        for (var id = 1; id <= accepted; id++)
        {
            using var response = await PostAsync(TelegramTestSupport.TextUpdate(id, chat: 1000 + (id % Chats), $"update {id}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(_api.CallsTo("sendMessage").Count < accepted, "The turns finished before the stop: nothing to drain.");
        await _host.Services.GetRequiredService<IHost>().StopAsync();

        var replies = _api.CallsTo("sendMessage").Select(c => c.Text).ToHashSet();
        Assert.Equal(accepted, _host.Dialog.Turns.Count);
        Assert.All(Enumerable.Range(1, accepted), id => Assert.Contains($"You said: update {id}", replies));
    }

    [Fact]
    public async Task Once_the_bot_is_stopping_a_new_update_gets_503_so_telegram_delivers_it_again()
    {
        using var release = new ManualResetEventSlim();
        _host.Dialog.OnTurn = _ => release.Wait(TimeSpan.FromSeconds(20));
        using (var first = await PostAsync(TelegramTestSupport.TextUpdate(1, chat: 1000, "slow")))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var dispatcher = _host.Services.GetRequiredService<TelegramUpdateDispatcher>();
        var stopping = dispatcher.StopAsync(CancellationToken.None);
        using var refused = await PostAsync(TelegramTestSupport.TextUpdate(2, chat: 2000, "late"));
        release.Set();
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("5", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains(_api.CallsTo("sendMessage"), c => c.Text == "You said: slow");
        Assert.DoesNotContain(_host.Dialog.Turns, t => t.Input is TextInput { Text: "late" });
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, TelegramHostFactory.Secret);
        return await _http.SendAsync(request);
    }
}
