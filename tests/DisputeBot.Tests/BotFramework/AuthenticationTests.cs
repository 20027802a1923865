using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Shared by the token tests: one token service with real keys, one bot host trusting it.</summary>
public sealed class AuthenticationFixture : IAsyncLifetime
{
    public TokenIssuer Issuer { get; private set; } = null!;

    public BotHost Host { get; private set; } = null!;

    public ScriptedDialog Dialog { get; } = new();

    public async Task InitializeAsync()
    {
        Issuer = await TokenIssuer.StartAsync(endorsements: ["msteams", "webchat", "directline"]);
        Host = new BotHost(BotHost.Authenticated(Issuer), Dialog);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

/// <summary>Inbound tokens with real signatures, each answered 200 or 401 as the Bot Framework would.</summary>
public sealed class AuthenticationTests(AuthenticationFixture fixture) : IClassFixture<AuthenticationFixture>
{
    private const string ServiceUrl = "https://webchat.botframework.com/";

    private TokenIssuer Issuer => fixture.Issuer;

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_turn_runs()
    {
        var activity = Message();

        using var response = await PostAsync(activity, Issuer.ChannelToken(TestIds.AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.Dialog.Turns, turn => turn.UpdateId == (string)activity["id"]!);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_signatures_are_accepted(string algorithm)
    {
        var status = await StatusAsync(Message(), Issuer.ChannelToken(TestIds.AppId, ServiceUrl, algorithm: algorithm));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_request_without_an_authorization_header_is_refused()
    {
        var activity = Message();

        using var response = await PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain(fixture.Dialog.Turns, turn => turn.UpdateId == (string)activity["id"]!);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c d")]
    public async Task A_malformed_authorization_header_is_refused(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Message().ToJsonString()) };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await fixture.Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = Issuer.ChannelToken(TestIds.AppId, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), token));
    }

    [Fact]
    public async Task A_token_expired_by_less_than_the_five_minute_skew_is_accepted()
    {
        var token = Issuer.ChannelToken(TestIds.AppId, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-3));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Message(), token));
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_refused()
    {
        var token = Issuer.ChannelToken(TestIds.AppId, ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), token));
    }

    [Fact]
    public async Task A_token_for_another_bot_is_refused()
    {
        var token = Issuer.ChannelToken("another-app-id", ServiceUrl);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), token));
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var token = Issuer.ChannelToken(TestIds.AppId, ServiceUrl, issuer: "https://api.botframework.com.evil.example");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), token));
    }

    [Fact]
    public async Task A_token_signed_with_a_key_that_is_not_published_is_refused()
    {
        var stranger = SigningKey.Create("unpublished-key", null);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), Issuer.ChannelToken(TestIds.AppId, ServiceUrl, key: stranger)));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_under_a_published_key_id_is_refused()
    {
        var impostor = SigningKey.Create(Issuer.ChannelKey.Kid, null, material: "impostor");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), Issuer.ChannelToken(TestIds.AppId, ServiceUrl, key: impostor)));
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), TokenIssuer.UnsignedToken(TestIds.AppId, ServiceUrl)));
    }

    [Fact]
    public async Task A_token_signed_with_hmac_using_the_public_key_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), Issuer.SymmetricToken(TestIds.AppId, ServiceUrl)));
    }

    [Fact]
    public async Task A_channel_token_without_a_serviceurl_claim_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), Issuer.ChannelToken(TestIds.AppId, serviceUrl: null)));
    }

    [Fact]
    public async Task A_channel_token_for_another_service_url_is_refused()
    {
        var token = Issuer.ChannelToken(TestIds.AppId, "https://smba.trafficmanager.net/amer/");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message(), token));
    }

    [Fact]
    public async Task The_service_url_claim_is_compared_without_regard_to_case()
    {
        var token = Issuer.ChannelToken(TestIds.AppId, ServiceUrl.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Message(), token));
    }

    [Fact]
    public async Task A_channel_the_signing_key_is_not_endorsed_for_is_refused()
    {
        var activity = Message();
        activity["channelId"] = "slack";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(activity, Issuer.ChannelToken(TestIds.AppId, ServiceUrl)));
    }

    [Fact]
    public async Task An_emulator_token_version_1_naming_this_bot_in_appid_is_accepted()
    {
        var token = Issuer.EntraToken(TokenIssuer.EmulatorIssuerV1, "1.0", TestIds.AppId);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Message("emulator"), token));
    }

    [Fact]
    public async Task An_emulator_token_version_2_naming_this_bot_in_azp_is_accepted()
    {
        var token = Issuer.EntraToken(TokenIssuer.EmulatorIssuerV2, "2.0", TestIds.AppId);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Message("emulator"), token));
    }

    [Theory]
    [InlineData(TokenIssuer.EmulatorIssuerV1, "1.0")]
    [InlineData(TokenIssuer.EmulatorIssuerV2, "2.0")]
    public async Task An_emulator_token_for_another_app_is_refused(string issuer, string version)
    {
        var token = Issuer.EntraToken(issuer, version, "another-app-id");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message("emulator"), token));
    }

    [Fact]
    public async Task An_emulator_token_without_a_version_claim_is_refused()
    {
        var token = Issuer.EntraToken(TokenIssuer.EmulatorIssuerV1, version: null, TestIds.AppId);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message("emulator"), token));
    }

    [Fact]
    public async Task An_emulator_token_of_an_unknown_version_is_refused()
    {
        var token = Issuer.EntraToken(TokenIssuer.EmulatorIssuerV1, "3.0", TestIds.AppId);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message("emulator"), token));
    }

    [Fact]
    public async Task An_emulator_issuer_token_signed_with_a_channel_key_is_refused()
    {
        var token = Issuer.EntraToken(TokenIssuer.EmulatorIssuerV1, "1.0", TestIds.AppId, key: Issuer.ChannelKey);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message("emulator"), token));
    }

    [Fact]
    public async Task A_skill_token_from_another_bot_is_refused()
    {
        var token = Issuer.EntraToken(TokenIssuer.EmulatorIssuerV1, "1.0", appId: "calling-bot-id", audience: TestIds.AppId);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message("emulator"), token));
    }

    [Fact]
    public async Task A_single_tenant_issuer_is_refused_when_no_tenant_is_configured()
    {
        var token = Issuer.EntraToken($"https://sts.windows.net/{TestIds.TenantId}/", "1.0", TestIds.AppId);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Message("msteams"), token));
    }

    private static JsonObject Message(string channelId = "webchat")
    {
        var activity = Activities.Message("hello", channelId: channelId, serviceUrl: ServiceUrl, id: Guid.NewGuid().ToString());
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) => fixture.Host.PostAsync(activity, token);

    private async Task<HttpStatusCode> StatusAsync(JsonObject activity, string token)
    {
        using var response = await PostAsync(activity, token);
        return response.StatusCode;
    }
}
