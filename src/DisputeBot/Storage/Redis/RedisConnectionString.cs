using System.Globalization;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>Reads <c>ConnectionStrings:Redis</c> into the client's settings, with the ones the store relies on.</summary>
internal static class RedisConnectionString
{
    /// <summary>The configuration key, as operators write it (env <c>ConnectionStrings__Redis</c>).</summary>
    public const string SettingName = "ConnectionStrings:Redis";

    private const string Example = "expected host:port[,option=value...], e.g. \"redis:6379,password=...\"";

    /// <exception cref="ArgumentException">The string is empty or malformed; the message names the setting.</exception>
    public static ConfigurationOptions Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException($"{SettingName} is empty; {Example}.");
        }

        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The client's own message ("Keyword 'x' is not supported") without the parameter suffix; never the
            // string itself, which may hold a password.
            var reason = exception is ArgumentOutOfRangeException range ? range.ParamName : exception.Message;
            throw new ArgumentException($"{SettingName} is malformed: {reason}; {Example}.");
        }

        // The client silently drops a server it cannot read ("host:abc"), so check every one was understood.
        foreach (var part in connectionString.Split(','))
        {
            var token = part.Trim();
            if (token.Length > 0 && !token.Contains('=', StringComparison.Ordinal) && !IsEndpoint(token))
            {
                // A URL with credentials (redis://user:secret@host) is not echoed.
                var shown = token.Contains('@', StringComparison.Ordinal) ? "a server entry" : $"\"{token}\"";
                throw new ArgumentException($"{SettingName} is malformed: {shown} is not a host:port; {Example}.");
            }
        }

        if (configuration.EndPoints.Count == 0)
        {
            throw new ArgumentException($"{SettingName} names no server; {Example}.");
        }

        // Start-up must survive a Redis that is not up yet: the client keeps retrying and /readyz tells.
        configuration.AbortOnConnectFail = false;

        // The client reconnects in the background anyway; repeating the first attempt (3 times by default, up to
        // connectTimeout each) only delays the start-up report of an unreachable Redis.
        if (!connectionString.Contains("connectRetry", StringComparison.OrdinalIgnoreCase))
        {
            configuration.ConnectRetry = 1;
        }

        // Without this the client queues commands while disconnected and a turn waits for the timeout; failing at
        // once lets the pipeline answer "try again" immediately during an outage.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "disputebot";
        return configuration;
    }

    private static bool IsEndpoint(string token)
    {
        // The client takes a URL ("redis://user:secret@host:6379") for a host name and fails only when connecting.
        if (token.Contains('/', StringComparison.Ordinal) || token.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var colon = token.LastIndexOf(':');
        var closing = token.LastIndexOf(']');
        if (colon < 0 || colon < closing)
        {
            return token.Length > 0;
        }

        return colon > 0 && ushort.TryParse(token.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
