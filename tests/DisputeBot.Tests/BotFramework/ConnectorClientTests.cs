using System.Net;
using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.BotFramework.Connector;
using DisputeBot.Channels.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Outbound Connector calls against a real HTTP listener on loopback.</summary>
public sealed class ConnectorClientTests
{
    [Fact]
    public async Task A_reply_keeps_the_service_url_prefix_and_escapes_every_id()
    {
        await using var connector = await LocalHttpServer.StartConnectorAsync();
        var client = Client();

        var sent = await client.ReplyToActivityAsync(connector.Url("/amer/"), TestIds.TeamsConversationId, TestIds.TeamsActivityId, Reply(), CancellationToken.None);

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

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_transient_failure_is_retried_until_it_succeeds(HttpStatusCode failure)
    {
        await using var connector = await FailingConnectorAsync(failure, failures: 2);

        var sent = await Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);

        Assert.Equal(3, connector.Requests.Count);
        Assert.Equal("sent-1", sent?.Id);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried()
    {
        await using var connector = await FailingConnectorAsync(HttpStatusCode.TooManyRequests, failures: 1, retryAfterSeconds: 1);

        await Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None);

        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        await using var connector = await FailingConnectorAsync(HttpStatusCode.TooManyRequests, failures: 100);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client(maxRetries: 3).SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal(4, connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_final_failure_is_not_retried(HttpStatusCode failure)
    {
        await using var connector = await FailingConnectorAsync(failure, failures: 100);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(connector.Url("/"), "c1", Reply(), CancellationToken.None));

        Assert.Equal(failure, exception.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task An_unreachable_connector_is_retried_then_reported()
    {
        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client(maxRetries: 2).SendToConversationAsync("http://127.0.0.1:1/", "c1", Reply(), CancellationToken.None));

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

    private static ConnectorClient Client(string? token = "test-token", int maxRetries = 3)
    {
        var options = Options.Create(new BotFrameworkOptions
        {
            ConnectorMaxRetries = maxRetries,
            ConnectorRetryBaseDelay = TimeSpan.FromMilliseconds(1),
            ConnectorRetryMaxDelay = TimeSpan.FromMilliseconds(10),
        });
#pragma warning disable CA2000 // The client owns its handler for the test's lifetime.
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
#pragma warning restore CA2000
        return new ConnectorClient(http, new FixedTokenProvider(token), options, TimeProvider.System, NullLogger<ConnectorClient>.Instance);
    }

    private static Activity Reply() => new() { Type = "message", Text = "Привет *", Conversation = new ConversationAccount { Id = "c1" } };

    private static Task<LocalHttpServer> FailingConnectorAsync(HttpStatusCode status, int failures, int? retryAfterSeconds = null)
    {
        var count = 0;
        return LocalHttpServer.StartAsync(async (_, context) =>
        {
            if (Interlocked.Increment(ref count) <= failures)
            {
                if (retryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await LocalHttpServer.Json(context, status, """{"error":{"code":"x"}}""");
                return;
            }

            await LocalHttpServer.Json(context, HttpStatusCode.OK, """{"id":"sent-1"}""");
        });
    }

    private sealed class FixedTokenProvider(string? token) : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
