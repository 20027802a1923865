namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// Settings of the Bot Framework channel. The credentials use the Bot Framework's own flat names at the root of the
/// configuration (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>,
/// <c>MicrosoftAppTenantId</c>), so an Azure Bot's usual app settings work unchanged; the rest lives in the
/// <c>BotFramework</c> section. The password comes only from the environment or user secrets.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string DefaultOAuthScope = "https://api.botframework.com/.default";
    public const string MultiTenantAuthority = "https://login.microsoftonline.com/botframework.com";

    /// <summary>The bot's app id. Empty = local anonymous mode (no inbound check, no outbound token).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where channel tokens' keys are published (Teams, Web Chat, Direct Line).</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Where Emulator and Microsoft Entra (v1/v2) tokens' keys are published.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>How often the metadata and keys are fetched again even when no unknown key was seen.</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The authority outbound tokens are requested from. Empty: botframework.com for MultiTenant,
    /// the bot's tenant for SingleTenant.</summary>
    public string? TokenAuthority { get; set; }

    public string OAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>Largest accepted <c>/api/messages</c> body; larger is answered 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Largest outgoing activity; longer replies are split into several messages.</summary>
    public int MaxMessageBytes { get; set; } = 40 * 1024;

    /// <summary>How long a turn runs before the first typing indicator is sent.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time between typing indicators while a turn still runs (channels show one for about 3 s).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A contact-centre product that speaks the Bot Framework handoff protocol sits in front of the bot: a
    /// buyer who asks for a person gets a <c>handoff.initiate</c> event, and the bot stays quiet until a
    /// <c>handoff.status</c> event says the case is completed or failed (or the buyer types /bot).</summary>
    public bool Handoff { get; set; }

    /// <summary>The bot's public address (https://bot.example.com), under which Teams and Azure Web Chat download
    /// calendar files from signed links (<c>/api/calendar</c>). Unset: the file goes inline as a <c>data:</c> URL,
    /// which Teams does not open.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a calendar file's download link works.</summary>
    public TimeSpan FileLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The authority for outbound tokens, as configured or derived from the app type.</summary>
    public string EffectiveTokenAuthority =>
        !string.IsNullOrWhiteSpace(TokenAuthority) ? TokenAuthority.TrimEnd('/')
        : MicrosoftAppType == MicrosoftAppType.SingleTenant ? $"https://login.microsoftonline.com/{MicrosoftAppTenantId}"
        : MultiTenantAuthority;
}
