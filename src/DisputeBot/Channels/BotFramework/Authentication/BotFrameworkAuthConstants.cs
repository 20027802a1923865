namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>The fixed values of the Bot Framework's inbound token rules.</summary>
internal static class BotFrameworkAuthConstants
{
    /// <summary>Issuer of channel tokens (Teams, Web Chat, Direct Line), and the audience of Emulator tokens.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    public const string ServiceUrlClaim = "serviceurl";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string AudienceClaim = "aud";
    public const string EndorsementsProperty = "endorsements";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly string[] AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Microsoft Entra issuers of Emulator tokens (Bot Framework auth v3.1 and v3.2, token versions 1.0 and 2.0).</summary>
    public static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>The two issuers of a single-tenant bot's own tenant (token versions 1.0 and 2.0).</summary>
    public static string[] TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
