using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework;

/// <summary>Start-up checks of <see cref="BotFrameworkOptions"/>, each message naming the setting to fix.</summary>
public sealed class BotFrameworkOptionsValidator(IConfiguration configuration) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMsi)
        {
            failures.Add("MicrosoftAppType UserAssignedMsi is not supported by this host: use MultiTenant or SingleTenant with MicrosoftAppPassword.");
        }

        if (options.MicrosoftAppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: set it to the tenant id of the bot's app registration.");
        }

        if (!options.IsAnonymous && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) && options.MicrosoftAppType != MicrosoftAppType.UserAssignedMsi)
        {
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set: put the client secret in the environment variable MicrosoftAppPassword or in user secrets.");
        }

        if (options.IsAnonymous && !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppId is required when MicrosoftAppPassword is set.");
        }

        if (FromAppSettingsFile(configuration, nameof(BotFrameworkOptions.MicrosoftAppPassword)) is { } file)
        {
            failures.Add($"MicrosoftAppPassword must not be in {file}: keep the secret in the environment or user secrets.");
        }

        CheckUrl(options.OpenIdMetadataUrl, $"{BotFrameworkOptions.Section}:OpenIdMetadataUrl", failures);
        CheckUrl(options.EmulatorOpenIdMetadataUrl, $"{BotFrameworkOptions.Section}:EmulatorOpenIdMetadataUrl", failures);
        if (!string.IsNullOrWhiteSpace(options.TokenAuthority))
        {
            // MSAL itself insists on https authorities.
            if (!Uri.TryCreate(options.TokenAuthority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"{BotFrameworkOptions.Section}:TokenAuthority must be an absolute https URL such as https://login.microsoftonline.com/<tenant>.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.OAuthScope))
        {
            failures.Add($"{BotFrameworkOptions.Section}:OAuthScope must not be empty (normally {BotFrameworkOptions.DefaultOAuthScope}).");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicBase)
                || (publicBase.Scheme != Uri.UriSchemeHttps && !(publicBase.Scheme == Uri.UriSchemeHttp && publicBase.IsLoopback))
                || publicBase.Query.Length > 0 || publicBase.Fragment.Length > 0 || publicBase.UserInfo.Length > 0))
        {
            failures.Add($"{BotFrameworkOptions.Section}:PublicBaseUrl must be the bot's public address as an absolute https URL without query, such as https://bot.example.com (plain http only for a loopback address): Teams downloads calendar files from it.");
        }

        CheckRange(options.FileLinkLifetime, TimeSpan.FromMinutes(5), TimeSpan.FromDays(90), $"{BotFrameworkOptions.Section}:FileLinkLifetime", failures);
        CheckRange(options.MaxRequestBytes, 1024, 16 * 1024 * 1024, $"{BotFrameworkOptions.Section}:MaxRequestBytes", failures);
        CheckRange(options.MaxMessageBytes, 4 * 1024, 256 * 1024, $"{BotFrameworkOptions.Section}:MaxMessageBytes", failures);
        CheckRange(options.MetadataRefreshInterval, TimeSpan.FromMinutes(5), TimeSpan.FromHours(24), $"{BotFrameworkOptions.Section}:MetadataRefreshInterval", failures);
        CheckRange(options.TypingDelay, TimeSpan.Zero, TimeSpan.FromSeconds(30), $"{BotFrameworkOptions.Section}:TypingDelay", failures);
        CheckRange(options.TypingInterval, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), $"{BotFrameworkOptions.Section}:TypingInterval", failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The appsettings file that sets <paramref name="key"/>, if any (user secrets are JSON files too, but
    /// not named appsettings).</summary>
    private static string? FromAppSettingsFile(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        foreach (var provider in root.Providers.OfType<JsonConfigurationProvider>())
        {
            var path = provider.Source.Path ?? string.Empty;
            if (Path.GetFileName(path).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
                && provider.TryGet(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return Path.GetFileName(path);
            }
        }

        return null;
    }

    private static void CheckUrl(string? value, string setting, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add($"{setting} must be an absolute https URL (plain http is accepted only for a loopback address).");
        }
    }

    private static void CheckRange<T>(T value, T min, T max, string setting, List<string> failures)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"{setting} must be between {min} and {max}.");
        }
    }
}
