using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DisputeBot.Support;

/// <summary>
/// The signed-in cookie: its expiry and an HMAC-SHA256 of it keyed by the access key. Any instance that has the key
/// can check it, nothing is stored, and changing the key signs everyone out.
/// </summary>
public sealed class SupportSession(IOptions<SupportPageOptions> options, TimeProvider time)
{
    public const string CookieName = "disputebot_support";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.AccessKey ?? string.Empty);
    private readonly TimeSpan _lifetime = options.Value.SessionLifetime;

    public TimeSpan Lifetime => _lifetime;

    /// <summary>Whether <paramref name="offered"/> is the access key (compared in constant time).</summary>
    public bool IsAccessKey(string? offered) =>
        _key.Length > 0 && offered is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(_key), SHA256.HashData(Encoding.UTF8.GetBytes(offered.Trim())));

    public string Issue()
    {
        var expires = (time.GetUtcNow() + _lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return expires + "." + Sign(expires);
    }

    public bool IsValid(string? cookie)
    {
        if (_key.Length == 0 || string.IsNullOrEmpty(cookie) || cookie.IndexOf('.', StringComparison.Ordinal) is not (> 0 and var dot))
        {
            return false;
        }

        var expires = cookie[..dot];
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253402300799)) <= time.GetUtcNow())
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(expires)), Encoding.ASCII.GetBytes(cookie[(dot + 1)..]));
    }

    private string Sign(string expires) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes("support-session|" + expires)));
}
