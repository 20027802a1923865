using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>
/// Client-credential tokens from Microsoft Entra via MSAL, which caches them until shortly before they expire.
/// Authority: <c>https://login.microsoftonline.com/botframework.com</c> for a MultiTenant bot, the bot's own tenant
/// for a SingleTenant one (a wrong authority is the classic AADSTS700016 failure), or
/// <see cref="BotFrameworkOptions.TokenAuthority"/> when set. Scope: <see cref="BotFrameworkOptions.OAuthScope"/>.
/// </summary>
internal sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication? _application;
    private readonly string[] _scopes;

    public MsalConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory clients)
    {
        var settings = options.Value;
        _scopes = [settings.OAuthScope];
        if (settings.IsAnonymous)
        {
            return;
        }

        Authority = settings.EffectiveTokenAuthority;
        _application = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            // Authority validation is MSAL's check that the host is a known Microsoft login host; an overridden
            // authority (a sovereign cloud, a test) is trusted as configured.
            .WithAuthority(Authority, validateAuthority: string.IsNullOrWhiteSpace(settings.TokenAuthority))
            .WithHttpClientFactory(new MsalHttpClientFactory(clients))
            .Build();
    }

    /// <summary>The authority tokens are requested from (null in anonymous mode).</summary>
    public string? Authority { get; }

    public IReadOnlyList<string> Scopes => _scopes;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_application is null)
        {
            return null;
        }

        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
