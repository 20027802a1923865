using System.Net;
using System.Text.Json.Nodes;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Token rules that need their own host: tenants, endorsements, key rollover, anonymous mode.</summary>
public sealed class AuthenticationModeTests
{
    private const string ServiceUrl = "https://webchat.botframework.com/";

    [Theory]
    [InlineData("https://sts.windows.net/" + TestIds.TenantId + "/", "1.0")]
    [InlineData("https://login.microsoftonline.com/" + TestIds.TenantId + "/v2.0", "2.0")]
    public async Task A_single_tenant_bot_accepts_tokens_from_its_own_tenant(string issuer, string version)
    {
        await using var tokens = await TokenIssuer.StartAsync();
        await using var host = SingleTenantHost(tokens);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, Message(), tokens.EntraToken(issuer, version, TestIds.AppId)));
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + TestIds.OtherTenantId + "/", "1.0")]
    [InlineData("https://login.microsoftonline.com/" + TestIds.OtherTenantId + "/v2.0", "2.0")]
    public async Task A_single_tenant_bot_refuses_tokens_from_another_tenant(string issuer, string version)
    {
        await using var tokens = await TokenIssuer.StartAsync();
        await using var host = SingleTenantHost(tokens);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Message(), tokens.EntraToken(issuer, version, TestIds.AppId)));
    }

    [Fact]
    public async Task A_key_published_without_endorsements_may_sign_for_any_channel()
    {
        await using var tokens = await TokenIssuer.StartAsync(endorsements: null);
        await using var host = new BotHost(BotHost.Authenticated(tokens), new ScriptedDialog());
        var activity = Message();
        activity["channelId"] = "slack";

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, activity, tokens.ChannelToken(TestIds.AppId, ServiceUrl)));
    }

    [Fact]
    public async Task A_key_endorsed_for_teams_only_cannot_sign_for_web_chat()
    {
        await using var tokens = await TokenIssuer.StartAsync(endorsements: ["msteams"]);
        await using var host = new BotHost(BotHost.Authenticated(tokens), new ScriptedDialog());
        var teams = Message();
        teams["channelId"] = "msteams";

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, teams, tokens.ChannelToken(TestIds.AppId, ServiceUrl)));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Message(), tokens.ChannelToken(TestIds.AppId, ServiceUrl)));
    }

    [Fact]
    public async Task A_token_signed_with_a_newly_published_key_is_accepted_after_the_keys_are_fetched_again()
    {
        await using var tokens = await TokenIssuer.StartAsync(endorsements: ["webchat"]);
        await using var host = new BotHost(BotHost.Authenticated(tokens), new ScriptedDialog());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, Message(), tokens.ChannelToken(TestIds.AppId, ServiceUrl)));
        var fetchesBefore = tokens.MetadataRequests;

        var rolled = SigningKey.Create("channel-key-2", ["webchat"]);
        tokens.PublishChannelKey(rolled);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, Message(), tokens.ChannelToken(TestIds.AppId, ServiceUrl, key: rolled)));
        Assert.Equal(fetchesBefore + 1, tokens.MetadataRequests);
    }

    [Fact]
    public async Task The_signing_keys_are_fetched_once_and_cached()
    {
        await using var tokens = await TokenIssuer.StartAsync(endorsements: ["webchat"]);
        await using var host = new BotHost(BotHost.Authenticated(tokens), new ScriptedDialog());

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, Message(), tokens.ChannelToken(TestIds.AppId, ServiceUrl)));
        }

        Assert.Equal(1, tokens.MetadataRequests);
    }

    [Fact]
    public async Task When_the_signing_keys_cannot_be_fetched_the_request_is_answered_503()
    {
        await using var tokens = await TokenIssuer.StartAsync();
        var settings = BotHost.Authenticated(tokens);
        settings["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:1/.well-known/openidconfiguration";
        await using var host = new BotHost(settings, new ScriptedDialog());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(host, Message(), tokens.ChannelToken(TestIds.AppId, ServiceUrl)));
    }

    [Fact]
    public async Task In_anonymous_mode_a_request_without_a_token_is_accepted()
    {
        await using var host = new BotHost(dialog: new ScriptedDialog());

        using var response = await host.PostAsync(Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task In_anonymous_mode_a_request_with_a_token_is_refused_as_the_Bot_Framework_does()
    {
        await using var tokens = await TokenIssuer.StartAsync();
        await using var host = new BotHost(dialog: new ScriptedDialog());

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, Message(), tokens.ChannelToken(TestIds.AppId, ServiceUrl)));
    }

    private static BotHost SingleTenantHost(TokenIssuer tokens)
    {
        var settings = BotHost.Authenticated(tokens);
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = TestIds.TenantId;
        return new BotHost(settings, new ScriptedDialog());
    }

    private static JsonObject Message()
    {
        var activity = Activities.Message("hello", serviceUrl: ServiceUrl, id: Guid.NewGuid().ToString());
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private static async Task<HttpStatusCode> StatusAsync(BotHost host, JsonObject activity, string token)
    {
        using var response = await host.PostAsync(activity, token);
        return response.StatusCode;
    }
}
