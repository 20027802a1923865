using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256 that name one conversation, one user and
/// an expiry. The JWT shape lets Web Chat and directlinejs read the user id from the token (claim <c>user</c>), so the
/// id cannot be forged by the page. Signatures and the secret are compared in constant time.
/// </summary>
internal sealed class DirectLineTokenService
{
    public const int MinimumKeyBytes = 32;

    // {"alg":"HS256","typ":"JWT"}, base64url.
    private const string Header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

    private readonly byte[] _key;
    private readonly byte[]? _secretHash;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly TimeSpan _resumeLifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _key = string.IsNullOrEmpty(settings.TokenSigningKey)
            ? RandomNumberGenerator.GetBytes(MinimumKeyBytes)
            : Convert.FromBase64String(settings.TokenSigningKey);
        _secretHash = settings.IsLocalMode ? null : SHA256.HashData(Encoding.UTF8.GetBytes(settings.Secret!));
        _time = time;
        _lifetime = settings.TokenLifetime;
        _resumeLifetime = settings.ConversationIdleTimeout;
    }

    /// <summary>True in local mode (no secret configured): conversations may be opened without credentials.</summary>
    public bool AnonymousAllowed => _secretHash is null;

    /// <summary>Seconds a new token lives (the <c>expires_in</c> of every answer that carries one).</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    public string Issue(string conversationId, string userId) => Issue(conversationId, userId, _lifetime, use: null);

    /// <summary>A token the page keeps to come back to its conversation (as long as the conversation lives); only
    /// <see cref="CheckResume"/> accepts it, never a Direct Line call.</summary>
    public string IssueResume(string conversationId, string userId) => Issue(conversationId, userId, _resumeLifetime, DirectLineTokenClaims.Resume);

    /// <summary>The claims of a valid, unexpired resume token, else null.</summary>
    public DirectLineTokenClaims? CheckResume(string presented) =>
        Verify(presented) is { Use: DirectLineTokenClaims.Resume } claims && claims.ExpiresAt > _time.GetUtcNow().ToUnixTimeSeconds() ? claims : null;

    private string Issue(string conversationId, string userId, TimeSpan lifetime, string? use)
    {
        var now = _time.GetUtcNow();
        var claims = new DirectLineTokenClaims(conversationId, userId, now.ToUnixTimeSeconds(), (now + lifetime).ToUnixTimeSeconds(), use);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJsonContext.Default.DirectLineTokenClaims));
        var signed = Header + "." + payload;
        return signed + "." + Base64Url.EncodeToString(Sign(signed));
    }

    /// <summary>Reads <c>Authorization: Bearer …</c>, or <paramref name="queryToken"/> when the header is absent
    /// (WebSocket clients cannot set headers). The secret is refused in the URL: only tokens go there.</summary>
    public DirectLineCredential Authenticate(HttpRequest request, string? queryToken = null)
    {
        string? presented = null;
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            const string bearer = "Bearer ";
            if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
            {
                return DirectLineCredential.Invalid;
            }

            presented = header[bearer.Length..].Trim();
        }
        else if (!string.IsNullOrEmpty(queryToken))
        {
            presented = queryToken;
        }

        if (presented is null)
        {
            return DirectLineCredential.None;
        }

        var credential = Check(presented);
        return header.Length == 0 && credential.Kind == DirectLineCredentialKind.Secret ? DirectLineCredential.SecretInUrl : credential;
    }

    public DirectLineCredential Check(string presented)
    {
        if (_secretHash is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _secretHash))
        {
            return DirectLineCredential.Secret;
        }

        var claims = Verify(presented);
        if (claims is null || claims.Use is not null)
        {
            return DirectLineCredential.Invalid;
        }

        return claims.ExpiresAt <= _time.GetUtcNow().ToUnixTimeSeconds()
            ? DirectLineCredential.Expired
            : new DirectLineCredential(DirectLineCredentialKind.Token, claims);
    }

    private DirectLineTokenClaims? Verify(string token)
    {
        // Bounded: a token is a few hundred bytes; anything far larger is not ours.
        if (token.Length > 2048 || !token.StartsWith(Header + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var lastDot = token.LastIndexOf('.');
        if (lastDot <= Header.Length)
        {
            return null;
        }

        var signed = token[..lastDot];
        Span<byte> signature = stackalloc byte[64];
        if (Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1), signature, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != token.Length - lastDot - 1
            || !CryptographicOperations.FixedTimeEquals(signature[..written], Sign(signed)))
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(signed.AsSpan(Header.Length + 1));
            var claims = JsonSerializer.Deserialize(payload, DirectLineJsonContext.Default.DirectLineTokenClaims);
            return claims is { ConversationId.Length: > 0, UserId.Length: > 0 } ? claims : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    private byte[] Sign(string signed) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed));
}
