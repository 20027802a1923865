using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework.Files;

/// <summary>
/// Signed, expiring download links for a conversation's calendar file on Connector channels (Teams does not open a
/// <c>data:</c> URL): <c>{BotFramework:PublicBaseUrl}/api/calendar?ch=…&amp;c=…&amp;e=…&amp;s=…</c>, where <c>e</c> is
/// the expiry (Unix seconds) and <c>s</c> the HMAC-SHA256 of the channel, conversation and expiry under the
/// conversation's own key (<see cref="ConversationRecord.FileKey"/>). The key lives in the conversation's record and
/// goes with it, so <c>/forget</c> (or the record's expiry) kills every link; no secret has to be configured.
/// </summary>
public sealed partial class CalendarLinks(
    IOptions<BotFrameworkOptions> options,
    IConversationStore store,
    TimeProvider time,
    ILogger<CalendarLinks> logger)
{
    public const string Route = "/api/calendar";

    /// <summary>Whether links can be made (<see cref="BotFrameworkOptions.PublicBaseUrl"/> is set).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl);

    /// <summary>A link to the conversation's calendar file, valid for <see cref="BotFrameworkOptions.FileLinkLifetime"/>;
    /// null when no public address is configured or the conversation has no key (nothing was saved for it).</summary>
    /// <exception cref="StoreUnavailableException">The store could not be read.</exception>
    public async Task<string?> CreateAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!Enabled)
        {
            LogNoPublicBaseUrl(logger, key.Channel);
            return null;
        }

        if (await ReadKeyAsync(store, key, cancellationToken).ConfigureAwait(false) is not { } fileKey)
        {
            return null;
        }

        var expires = (time.GetUtcNow() + settings.FileLinkLifetime).ToUnixTimeSeconds();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{settings.PublicBaseUrl!.TrimEnd('/')}{Route}?ch={Uri.EscapeDataString(key.Channel)}&c={Uri.EscapeDataString(key.ConversationId)}&e={expires}&s={Sign(fileKey, key, expires)}");
    }

    /// <summary>The link's signature: base64url of HMAC-SHA256(key, "calendar\n{channel}\n{conversation}\n{expiry}").</summary>
    /// <exception cref="FormatException">The key is not base64url.</exception>
    public static string Sign(string fileKey, ConversationKey key, long expires)
    {
        var data = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"calendar\n{key.Channel}\n{key.ConversationId}\n{expires}"));
        return Base64Url.EncodeToString(HMACSHA256.HashData(Base64Url.DecodeFromChars(fileKey), data));
    }

    /// <summary>Whether <paramref name="signature"/> is this key's for the conversation and expiry (compared in
    /// constant time).</summary>
    public static bool Verify(string fileKey, ConversationKey key, long expires, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        try
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(fileKey, key, expires)), Encoding.ASCII.GetBytes(signature));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The conversation's record, or null when there is none (forgotten, expired) or it cannot be read.</summary>
    /// <exception cref="StoreUnavailableException">The store could not be read.</exception>
    public static async Task<ConversationRecord?> ReadRecordAsync(IConversationStore store, ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = await store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return ConversationRecordJson.Deserialize(stored.Payload.Span) is { Version: ConversationRecord.CurrentVersion, Dialog: not null } record ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadKeyAsync(IConversationStore store, ConversationKey key, CancellationToken cancellationToken) =>
        (await ReadRecordAsync(store, key, cancellationToken).ConfigureAwait(false))?.FileKey;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A calendar file on {Channel} went inline (a data: URL, which Teams does not open): set BotFramework:PublicBaseUrl to the bot's public https address so it is sent as a download link")]
    internal static partial void LogNoPublicBaseUrl(ILogger logger, string channel);
}
