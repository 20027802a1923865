using System.Globalization;
using System.Net;
using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.BotFramework.Connector;
using DisputeBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Outbound Connector calls through the host's real outbound pipeline, against a real HTTP listener on
/// loopback; the pipeline's waits run on a pinned clock.</summary>
public sealed class ConnectorClientTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider? _services;

    [Fact]
    public async Task A_reply_keeps_the_service_url_prefix_and_escapes_every_id()
    {
        await using var connector = await LocalHttpServer.StartConnectorAsync();

        var sent = await Client().ReplyToActivityAsync(connector.Url("/amer/"), TestIds.TeamsConversationId, TestIds.TeamsActivityId, Reply(), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1Xyz%3Bmessageid%3D1700000000000%40thread.tacv2/activities/1700000000001%3Bx%40y%3Az", request.RawTarget);
        Assert.Equal("sent-1", sent?.Id);
    }

    [Fact]
    public async Task A_new_message_goes_to_the_conversations_activities()
    {
        await using var connector = await LocalHttpServer.StartConnectorAsync();

        await Client().SendToConversationAsync(connector.Url("/"), "conv/1 ?#", Reply(), CancellationToken.None);

        Assert.Equal("/v3/conversations/conv%2F1%20%3F%23/activities", Assert.Single(connector.Requests).RawTarget);
    }

    [Fact]
    public async Task The_bearer_token_and_the_activity_are_sent()
    {
        await using var connector = await LocalHttpServer.StartConnectorAsync();

        await Client(token: "token-123").SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("Bearer token-123", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Привет *\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_anonymous_mode_no_authorization_header_is_sent()
    {
        await using var connector = await LocalHttpServer.StartConnectorAsync();

        await Client(token: null).SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);

        Assert.Equal(string.Empty, Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task A_503_then_a_200_is_retried_once_and_the_reply_is_sent_once()
    {
        await using var connector = await ConnectorAnsweringAsync([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);

        var sending = Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);
        await AdvanceUntilAsync(() => sending.IsCompleted);
        var sent = await sending;

        Assert.Equal("sent-1", sent?.Id);
        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, request => Assert.Contains("\"text\":\"Привет *\"", request.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_is_retried()
    {
        await using var connector = await ConnectorAnsweringAsync([HttpStatusCode.TooManyRequests, HttpStatusCode.OK]);

        var sending = Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);
        await AdvanceUntilAsync(() => sending.IsCompleted);

        Assert.Equal("sent-1", (await sending)?.Id);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_is_waited_for_before_the_next_attempt()
    {
        var arrivals = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        await using var connector = await ConnectorAnsweringAsync([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], retryAfterSeconds: 7);
        connector.Received += _ => arrivals.Enqueue(_clock.GetUtcNow());

        var sending = Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);
        await AdvanceUntilAsync(() => sending.IsCompleted, step: TimeSpan.FromMilliseconds(50));
        await sending;

        var times = arrivals.ToArray();
        Assert.Equal(2, times.Length);
        // The pipeline's own first back-off is about 2 s; the Connector asked for 7.
        Assert.InRange(times[1] - times[0], TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(9));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task A_client_error_is_not_retried(HttpStatusCode failure)
    {
        await using var connector = await ConnectorAnsweringAsync([failure, HttpStatusCode.OK]);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None));

        Assert.Equal(failure, exception.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        await using var connector = await ConnectorAnsweringAsync([HttpStatusCode.BadGateway]);

        var sending = Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);
        await AdvanceUntilAsync(() => sending.IsCompleted);

        await Assert.ThrowsAsync<ConnectorException>(() => sending);
        Assert.InRange(connector.Requests.Count, 2, 4); // the first attempt and at most three retries
    }

    [Fact]
    public async Task A_typing_indicator_is_tried_once()
    {
        await using var connector = await ConnectorAnsweringAsync([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendOnceAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task An_unreachable_connector_is_reported_without_a_status()
    {
        var sending = Client().SendToConversationAsync("http://127.0.0.1:1/", "c1", Reply(), CancellationToken.None);
        await AdvanceUntilAsync(() => sending.IsCompleted);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => sending);
        Assert.Null(exception.StatusCode);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3Ab/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3Ab/activities")]
    [InlineData("https://webchat.botframework.com/", "https://webchat.botframework.com/v3/conversations/a%3Ab/activities")]
    public void The_url_joins_the_service_url_and_the_escaped_ids(string serviceUrl, string expected)
    {
        Assert.Equal(expected, ConnectorClient.BuildUri(serviceUrl, "v3", "conversations", "a:b", "activities").AbsoluteUri);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>The client as the host registers it, on the pinned clock.</summary>
    private ConnectorClient Client(string? token = "test-token")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IConnectorTokenProvider>(new FixedTokenProvider(token));
        services.AddConnectorClient();
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<ConnectorClient>();
    }

    private static Activity Reply() => new() { Type = "message", Text = "Привет *", Conversation = new ConversationAccount { Id = "c1" } };

    /// <summary>A Connector answering each request with the next status (the last one repeats); a 200 carries a
    /// resource id, a failure the Retry-After given.</summary>
    private static Task<LocalHttpServer> ConnectorAnsweringAsync(HttpStatusCode[] statuses, int? retryAfterSeconds = null)
    {
        var count = -1;
        return LocalHttpServer.StartAsync(async (_, context) =>
        {
            var status = statuses[Math.Min(Interlocked.Increment(ref count), statuses.Length - 1)];
            if (status == HttpStatusCode.OK)
            {
                await LocalHttpServer.Json(context, status, """{"id":"sent-1"}""");
                return;
            }

            if (retryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            await LocalHttpServer.Json(context, status, """{"error":{"code":"x"}}""");
        });
    }

    /// <summary>Moves the pinned clock on in small steps (each back-off passes) until the condition holds.</summary>
    private async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The call did not finish.");
            await Task.Delay(TimeSpan.FromMilliseconds(10));
            _clock.Advance(step ?? TimeSpan.FromMilliseconds(500));
        }
    }

    private sealed class FixedTokenProvider(string? token) : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
