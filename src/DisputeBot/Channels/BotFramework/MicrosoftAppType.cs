namespace DisputeBot.Channels.BotFramework;

/// <summary>How the bot's Microsoft Entra app registration is set up (setting <c>MicrosoftAppType</c>).</summary>
public enum MicrosoftAppType
{
    /// <summary>Tokens come from the botframework.com tenant (the classic registration).</summary>
    MultiTenant,

    /// <summary>Tokens come from the bot's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity. Not supported by this host (start-up error).</summary>
    UserAssignedMsi,
}
