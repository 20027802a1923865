using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>
/// One OpenID metadata document and its key set, cached by an IdentityModel <see cref="ConfigurationManager{T}"/>
/// (refreshed automatically every <see cref="BotFrameworkOptions.MetadataRefreshInterval"/>). A token naming an
/// unknown key may mean the keys rolled over: then the keys are fetched again, at most once per
/// <see cref="ForcedRefreshInterval"/>, and concurrent requests wait for that one fetch.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Task<OpenIdConnectConfiguration>? _refresh;
    private DateTimeOffset? _lastForcedRefresh;

    public OpenIdMetadataSource(string address, IDocumentRetriever retriever, TimeSpan automaticRefresh, TimeProvider time)
    {
        _time = time;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(address, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = automaticRefresh,
            RefreshInterval = ForcedRefreshInterval,
        };
    }

    public string Address => _manager.MetadataAddress;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>The configuration after a fresh fetch, or the current one when a fetch was forced recently.</summary>
    public Task<OpenIdConnectConfiguration> RefreshForUnknownKeyAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration> refresh;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_refresh is { IsCompleted: false })
            {
                refresh = _refresh;
            }
            else if (_lastForcedRefresh is { } last && now - last < ForcedRefreshInterval)
            {
                return _manager.GetConfigurationAsync(cancellationToken);
            }
            else
            {
                _lastForcedRefresh = now;
                _manager.RequestRefresh();
                refresh = _refresh = WaitForNewConfigurationAsync(stale);
            }
        }

        return refresh.WaitAsync(cancellationToken);
    }

    /// <summary>The manager refreshes in the background: wait (bounded) until it hands out a new configuration.</summary>
    private async Task<OpenIdConnectConfiguration> WaitForNewConfigurationAsync(OpenIdConnectConfiguration stale)
    {
        var deadline = _time.GetUtcNow() + RefreshWait;
        while (true)
        {
            var current = await _manager.GetConfigurationAsync(CancellationToken.None).ConfigureAwait(false);
            if (!ReferenceEquals(current, stale) || _time.GetUtcNow() >= deadline)
            {
                return current;
            }

            await Task.Delay(PollInterval, _time).ConfigureAwait(false);
        }
    }
}
