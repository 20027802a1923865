using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>
/// Checks the bearer token of a request to <c>/api/messages</c> the way the Bot Framework does:
/// <list type="bullet">
/// <item>Channel tokens (issuer <c>https://api.botframework.com</c>): keys from the channel metadata, audience = the
/// app id, claim <c>serviceurl</c> equal to the activity's <c>serviceUrl</c>, and the signing key's endorsements
/// naming the activity's channel.</item>
/// <item>Emulator and Microsoft Entra tokens (the Emulator issuers, and the bot's own tenant when one is configured):
/// keys from the Entra metadata, the app id in <c>appid</c> (token version 1.0) or <c>azp</c> (2.0). Skill
/// (bot-to-bot) tokens are refused: this bot has no allowed callers.</item>
/// </list>
/// Both: RS256/RS384/RS512 signatures only, lifetime with five minutes of clock skew. The cryptography is
/// IdentityModel's. With no app id configured, requests without a token pass (local anonymous mode).
/// </summary>
public sealed partial class BotFrameworkAuthenticator
{
    private readonly BotFrameworkOptions _options;
    private readonly OpenIdMetadataSources _metadata;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly HashSet<string> _aadIssuers;

    internal BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, OpenIdMetadataSources metadata, TimeProvider time, ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options.Value;
        _metadata = metadata;
        _time = time;
        _logger = logger;
        _aadIssuers = new HashSet<string>(BotFrameworkAuthConstants.EmulatorIssuers, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            _aadIssuers.UnionWith(BotFrameworkAuthConstants.TenantIssuers(_options.MicrosoftAppTenantId.Trim()));
        }
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return _options.IsAnonymous
                ? new BotAuthenticationResult(BotAuthenticationStatus.Anonymous)
                : BotAuthenticationResult.Reject("no Authorization header");
        }

        // A token sent to a bot without an app id cannot name this bot: the Bot Framework refuses it too.
        if (_options.IsAnonymous)
        {
            return BotAuthenticationResult.Reject("a token was sent, but no MicrosoftAppId is configured");
        }

        var parts = authorization.Split(' ');
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return BotAuthenticationResult.Reject("the Authorization header is not 'Bearer <token>'");
        }

        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(parts[1]);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return BotAuthenticationResult.Reject("the token is not a readable JWT");
        }

        if (!BotFrameworkAuthConstants.AllowedAlgorithms.Contains(unverified.Alg, StringComparer.Ordinal))
        {
            return BotAuthenticationResult.Reject($"signing algorithm '{unverified.Alg}' is not allowed");
        }

        var issuer = unverified.Issuer;
        if (issuer == BotFrameworkAuthConstants.ChannelIssuer)
        {
            return await ValidateChannelTokenAsync(parts[1], unverified, activity, cancellationToken).ConfigureAwait(false);
        }

        if (_aadIssuers.Contains(issuer))
        {
            return await ValidateEntraTokenAsync(parts[1], unverified, activity, cancellationToken).ConfigureAwait(false);
        }

        return BotAuthenticationResult.Reject($"issuer '{issuer}' is not accepted");
    }

    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(string token, JsonWebToken unverified, Activity activity, CancellationToken cancellationToken)
    {
        var checkedToken = await ValidateSignedTokenAsync(token, unverified, _metadata.Channel, [BotFrameworkAuthConstants.ChannelIssuer], validateAudience: true, activity, cancellationToken).ConfigureAwait(false);
        if (checkedToken.Failure is not null)
        {
            return checkedToken.Failure;
        }

        // Checked only when the activity names a service URL, as the Bot Framework does.
        if (activity.ServiceUrl is not null)
        {
            var claimed = Claim(checkedToken.Token!, BotFrameworkAuthConstants.ServiceUrlClaim);
            if (string.IsNullOrWhiteSpace(claimed))
            {
                return BotAuthenticationResult.Reject("the token has no serviceurl claim");
            }

            if (!string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return BotAuthenticationResult.Reject("the token's serviceurl differs from the activity's serviceUrl");
            }
        }

        return new BotAuthenticationResult(BotAuthenticationStatus.Authenticated);
    }

    private async Task<BotAuthenticationResult> ValidateEntraTokenAsync(string token, JsonWebToken unverified, Activity activity, CancellationToken cancellationToken)
    {
        var checkedToken = await ValidateSignedTokenAsync(token, unverified, _metadata.Emulator, _aadIssuers, validateAudience: false, activity, cancellationToken).ConfigureAwait(false);
        if (checkedToken.Failure is not null)
        {
            return checkedToken.Failure;
        }

        var jwt = checkedToken.Token!;
        var version = Claim(jwt, BotFrameworkAuthConstants.VersionClaim);
        if (version is null)
        {
            return BotAuthenticationResult.Reject("the Entra token has no 'ver' claim");
        }

        string? appId;
        if (version.Length == 0 || version == "1.0")
        {
            appId = Claim(jwt, BotFrameworkAuthConstants.AppIdClaim);
        }
        else if (version == "2.0")
        {
            appId = Claim(jwt, BotFrameworkAuthConstants.AuthorizedPartyClaim);
        }
        else
        {
            return BotAuthenticationResult.Reject($"unknown token version '{version}'");
        }

        // A skill token: another bot calling this one (audience is a bot, caller is someone else).
        var audience = jwt.Audiences.FirstOrDefault();
        if (audience is not null && audience != BotFrameworkAuthConstants.ChannelIssuer && appId != audience)
        {
            return BotAuthenticationResult.Reject("skill (bot-to-bot) tokens are not accepted");
        }

        if (string.IsNullOrWhiteSpace(appId) || !string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal))
        {
            return BotAuthenticationResult.Reject("the token was issued to another app id");
        }

        return new BotAuthenticationResult(BotAuthenticationStatus.Authenticated);
    }

    private async Task<CheckedToken> ValidateSignedTokenAsync(
        string token,
        JsonWebToken unverified,
        OpenIdMetadataSource source,
        IEnumerable<string> issuers,
        bool validateAudience,
        Activity activity,
        CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await source.GetAsync(cancellationToken).ConfigureAwait(false);
            if (unverified.Kid is { Length: > 0 } kid && FindKey(configuration, kid) is null)
            {
                // An unknown key may be a rollover: fetch the keys again (rate-limited) and look once more.
                LogUnknownKey(kid);
                configuration = await source.RefreshForUnknownKeyAsync(configuration, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or HttpRequestException or ArgumentException)
        {
            LogMetadataUnavailable(exception, source.Address);
            return new CheckedToken(null, new BotAuthenticationResult(BotAuthenticationStatus.Unavailable, "the signing keys could not be fetched"));
        }

        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = validateAudience,
            ValidAudience = _options.MicrosoftAppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = BotFrameworkAuthConstants.ClockSkew,
            LifetimeValidator = IsWithinLifetime,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = BotFrameworkAuthConstants.AllowedAlgorithms,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return new CheckedToken(null, BotAuthenticationResult.Reject(Describe(result.Exception)));
        }

        // The keys a channel's service may sign with list the channels it may speak for.
        if (validated.Kid is { Length: > 0 } signingKid
            && FindKey(configuration, signingKid) is { } key
            && Endorsements(key) is { } endorsements
            && !string.IsNullOrEmpty(activity.ChannelId)
            && !endorsements.Contains(activity.ChannelId))
        {
            return new CheckedToken(null, BotAuthenticationResult.Reject($"the signing key is not endorsed for channel '{activity.ChannelId}'"));
        }

        return new CheckedToken(validated, null);
    }

    /// <summary>The lifetime rule on this host's <see cref="TimeProvider"/>; throws to say which end failed.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var skew = parameters.ClockSkew;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } start && start.ToUniversalTime() > now + skew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.");
        }

        if (expires.Value.ToUniversalTime() < now - skew)
        {
            throw new SecurityTokenExpiredException("The token has expired.");
        }

        return true;
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string kid) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));

    private static HashSet<string>? Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(BotFrameworkAuthConstants.EndorsementsProperty, out var raw) || raw is null)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        switch (raw)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        set.Add(item.GetString()!);
                    }
                }

                break;
            case IEnumerable<object> items:
                foreach (var item in items)
                {
                    if (item?.ToString() is { } text)
                    {
                        set.Add(text);
                    }
                }

                break;
        }

        return set;
    }

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<object>(type, out var value) ? value?.ToString() ?? string.Empty : null;

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidLifetimeException => "the token is outside its lifetime",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot's app id",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed with an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not allowed",
        null => "the token is invalid",
        _ => $"the token is invalid ({exception.GetType().Name})",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Token signed with unknown key {Kid}; refreshing the signing keys")]
    private partial void LogUnknownKey(string kid);

    [LoggerMessage(Level = LogLevel.Error, Message = "OpenID metadata {Address} could not be fetched; requests cannot be authenticated")]
    private partial void LogMetadataUnavailable(Exception exception, string address);

    private sealed record CheckedToken(JsonWebToken? Token, BotAuthenticationResult? Failure);
}
