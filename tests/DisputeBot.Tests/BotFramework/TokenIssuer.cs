using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DisputeBot.Tests.BotFramework;

/// <summary>
/// Plays the Bot Framework's and Microsoft Entra's token services: RSA keys, an OpenID metadata document and a JWKS
/// for each (served by a <see cref="LocalHttpServer"/>), and tokens signed for real with those keys.
/// </summary>
public sealed class TokenIssuer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    private static readonly string[] SigningAlgorithms = ["RS256"];

    private readonly object _gate = new();
    private List<SigningKey> _channelKeys = [];
    private List<SigningKey> _emulatorKeys = [];
    private LocalHttpServer _server = null!;

    private TokenIssuer()
    {
    }

    public SigningKey ChannelKey { get; private set; } = null!;

    public SigningKey EmulatorKey { get; private set; } = null!;

    public string ChannelMetadataUrl => _server.Url("/channel/.well-known/openidconfiguration");

    public string EmulatorMetadataUrl => _server.Url("/emulator/.well-known/openid-configuration");

    public int MetadataRequests => _server.Requests.Count(r => r.Path.EndsWith("configuration", StringComparison.Ordinal));

    /// <param name="endorsements">Channels the channel key is endorsed for; null publishes it without endorsements.</param>
    public static async Task<TokenIssuer> StartAsync(string[]? endorsements = null)
    {
        var issuer = new TokenIssuer();
        issuer.ChannelKey = SigningKey.Create("channel-key-1", endorsements);
        issuer.EmulatorKey = SigningKey.Create("emulator-key-1", null);
        issuer._channelKeys = [issuer.ChannelKey];
        issuer._emulatorKeys = [issuer.EmulatorKey];
        issuer._server = await LocalHttpServer.StartAsync(issuer.RespondAsync);
        return issuer;
    }

    /// <summary>Publishes another channel key (a key rollover).</summary>
    public void PublishChannelKey(SigningKey key)
    {
        lock (_gate)
        {
            _channelKeys = [.. _channelKeys, key];
        }
    }

    /// <summary>A channel token as Teams or Web Chat would send it.</summary>
    public string ChannelToken(
        string audience,
        string? serviceUrl,
        SigningKey? key = null,
        string issuer = ChannelIssuer,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Mint(key ?? ChannelKey, issuer, audience, claims, notBefore, expires, algorithm);
    }

    /// <summary>An Emulator or Entra token: version 1.0 names the app in <c>appid</c>, 2.0 in <c>azp</c>.</summary>
    public string EntraToken(string issuer, string? version, string appId, string audience = ChannelIssuer, SigningKey? key = null)
    {
        var claims = new Dictionary<string, object>();
        if (version is not null)
        {
            claims["ver"] = version;
        }

        claims[version == "2.0" ? "azp" : "appid"] = appId;
        return Mint(key ?? EmulatorKey, issuer, audience, claims, null, null, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid channel claims.</summary>
    public static string UnsignedToken(string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = ChannelIssuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        }));
        return $"{header}.{payload}.";
    }

    /// <summary>A token signed with HMAC-SHA256 whose secret is the channel key's public modulus (the classic
    /// algorithm-confusion attack).</summary>
    public string SymmetricToken(string audience, string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(ChannelKey.Rsa.ExportParameters(false).Modulus) { KeyId = ChannelKey.Kid };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = audience,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string Mint(SigningKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime? notBefore, DateTime? expires, string algorithm)
    {
        var start = notBefore ?? DateTime.UtcNow.AddMinutes(-1);
        var end = expires ?? DateTime.UtcNow.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = start,
            NotBefore = start,
            Expires = end,
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private Task RespondAsync(RecordedRequest request, HttpContext context)
    {
        var root = _server.BaseAddress.ToString().TrimEnd('/');
        return request.Path switch
        {
            "/channel/.well-known/openidconfiguration" => LocalHttpServer.Json(context, HttpStatusCode.OK, Metadata(ChannelIssuer, $"{root}/channel/keys")),
            "/emulator/.well-known/openid-configuration" => LocalHttpServer.Json(context, HttpStatusCode.OK, Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", $"{root}/emulator/keys")),
            "/channel/keys" => LocalHttpServer.Json(context, HttpStatusCode.OK, KeySet(_channelKeys)),
            "/emulator/keys" => LocalHttpServer.Json(context, HttpStatusCode.OK, KeySet(_emulatorKeys)),
            _ => LocalHttpServer.Json(context, HttpStatusCode.NotFound, "{}"),
        };
    }

    private static string Metadata(string issuer, string jwksUri) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
    });

    private string KeySet(List<SigningKey> keys)
    {
        lock (_gate)
        {
            return JsonSerializer.Serialize(new Dictionary<string, object> { ["keys"] = keys.Select(k => k.Jwk()).ToArray() });
        }
    }
}

/// <summary>An RSA signing key with its key id and, optionally, the channels it is endorsed for.</summary>
public sealed class SigningKey
{
    private static readonly ConcurrentDictionary<string, RSA> Pairs = new();

    private SigningKey(string kid, RSA rsa, string[]? endorsements)
    {
        Kid = kid;
        Rsa = rsa;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public string Kid { get; }

    public RSA Rsa { get; }

    public string[]? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <param name="material">Names the RSA key pair; keys are generated once per name and process (generating
    /// 2048-bit keys is slow), so two keys with the same kid but different material really differ.</param>
    public static SigningKey Create(string kid, string[]? endorsements, string? material = null) =>
        new(kid, Pairs.GetOrAdd(material ?? kid, _ => RSA.Create(2048)), endorsements);

    public Dictionary<string, object> Jwk()
    {
        var parameters = Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }
}
