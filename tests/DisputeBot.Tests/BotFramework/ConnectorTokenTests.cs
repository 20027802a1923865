using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Connector;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Outbound tokens from MSAL for real, against a local token endpoint: the authority per app type, the
/// scope and credentials sent, the token on the Connector call, and MSAL's cache.</summary>
public sealed class ConnectorTokenTests : IAsyncLifetime
{
    private TokenIssuer _issuer = null!;
    private LocalHttpServer _login = null!;
    private LocalHttpServer _connector = null!;
    private readonly ConcurrentQueue<Uri> _intended = new();

    public async Task InitializeAsync()
    {
        _issuer = await TokenIssuer.StartAsync(endorsements: ["msteams"]);
        _connector = await LocalHttpServer.StartConnectorAsync();
        _login = await LocalHttpServer.StartAsync((request, context) =>
            request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? LocalHttpServer.Json(context, HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"msal-token-1"}""")
                : request.Path == "/common/discovery/instance"
                    ? LocalHttpServer.Json(context, HttpStatusCode.OK, """{"tenant_discovery_endpoint":"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration","api-version":"1.1","metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net","login.microsoft.com","sts.windows.net"]}]}""")
                    : LocalHttpServer.Json(context, HttpStatusCode.NotFound, """{"error":"not_found"}"""));
    }

    public async Task DisposeAsync()
    {
        await _login.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_multi_tenant_bot_gets_its_token_from_the_botframework_tenant_and_sends_it()
    {
        await using var host = Host();

        await SendTeamsMessageAsync(host);

        var tokenRequest = Assert.Single(_login.Requests, r => r.Method == "POST");
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Contains(_intended, uri => uri.AbsoluteUri == "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");
        var form = QueryHelpers.ParseQuery(tokenRequest.Body);
        Assert.Equal(TestIds.AppId, form["client_id"].ToString());
        Assert.Equal("test-secret", form["client_secret"].ToString());
        Assert.Equal("https://api.botframework.com/.default", form["scope"].ToString());
        Assert.Equal("client_credentials", form["grant_type"].ToString());
        Assert.Equal("Bearer msal-token-1", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task A_single_tenant_bot_gets_its_token_from_its_own_tenant()
    {
        await using var host = Host(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = TestIds.TenantId });

        await SendTeamsMessageAsync(host);

        Assert.Equal($"/{TestIds.TenantId}/oauth2/v2.0/token", Assert.Single(_login.Requests, r => r.Method == "POST").Path);
        Assert.Equal("Bearer msal-token-1", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task A_configured_token_authority_and_scope_are_used()
    {
        await using var host = Host(new() { ["BotFramework:TokenAuthority"] = "https://login.example.test/custom-tenant", ["BotFramework:OAuthScope"] = "https://api.example.test/.default" });

        await SendTeamsMessageAsync(host);

        var tokenRequest = Assert.Single(_login.Requests, r => r.Method == "POST");
        Assert.Contains(_intended, uri => uri.AbsoluteUri == "https://login.example.test/custom-tenant/oauth2/v2.0/token");
        Assert.Equal("https://api.example.test/.default", QueryHelpers.ParseQuery(tokenRequest.Body)["scope"].ToString());
    }

    [Fact]
    public async Task The_token_is_cached_across_turns()
    {
        await using var host = Host();

        await SendTeamsMessageAsync(host, "act-1");
        await SendTeamsMessageAsync(host, "act-2");

        Assert.Single(_login.Requests, r => r.Method == "POST");
        Assert.Equal(2, _connector.Requests.Count);
        Assert.All(_connector.Requests, request => Assert.Equal("Bearer msal-token-1", request.Authorization));
    }

    [Fact]
    public async Task In_anonymous_mode_no_token_is_requested()
    {
        await using var host = new BotHost(dialog: new ScriptedDialog(), services: RedirectLogin);

        var token = await host.Services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(_login.Requests);
    }

    private BotHost Host(Dictionary<string, string?>? extra = null)
    {
        var settings = BotHost.Authenticated(_issuer);
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new BotHost(settings, new ScriptedDialog(), RedirectLogin);
    }

    private void RedirectLogin(IServiceCollection services) =>
        services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(_login.BaseAddress, _intended));

    private async Task SendTeamsMessageAsync(BotHost host, string id = "act-1")
    {
        var serviceUrl = _connector.Url("/amer/");
        var message = Activities.Teams("hello", serviceUrl, id);
        using var response = await host.PostAsync(message, _issuer.ChannelToken(TestIds.AppId, serviceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
