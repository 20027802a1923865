using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>
/// The one shared <see cref="ConnectionMultiplexer"/> of the process. Connecting starts with the host and never
/// blocks it: an unreachable Redis is logged, the client keeps retrying in the background, and until it connects
/// every store call fails fast with <see cref="StoreUnavailableException"/> (and /readyz says unhealthy).
/// </summary>
internal sealed partial class RedisConnection : IHostedService, IAsyncDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lock _gate = new();
    private Task<ConnectionMultiplexer>? _connecting;
    private IDatabase? _database;
    private bool _disposed;

    public RedisConnection(IOptions<RedisConnectionOptions> options, ILogger<RedisConnection> logger)
    {
        _configuration = RedisConnectionString.Parse(options.Value.ConnectionString);
        _logger = logger;

        // The 1.2 client enforces timeouts on synchronous calls only; the store applies this one to async calls.
        OperationTimeout = TimeSpan.FromMilliseconds(Math.Max(_configuration.SyncTimeout, _configuration.ResponseTimeout));
    }

    /// <summary>How long one store call may wait for Redis (syncTimeout/responseTimeout of the connection string).</summary>
    public TimeSpan OperationTimeout { get; }

    /// <summary>Where Redis is, for logs (never the password).</summary>
    public string Endpoints => string.Join(",", _configuration.EndPoints);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Started, not awaited: the host comes up whether or not Redis is there.
        _ = Connecting();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The database, once the client exists; it may still be disconnected (then calls fail fast).</summary>
    /// <exception cref="StoreUnavailableException">The client could not be created within the operation timeout.</exception>
    public ValueTask<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken)
    {
        // Once the client exists, every call of every turn takes this path: no await, no allocation (the 1.2 client
        // makes a new database object per GetDatabase call).
        if (Volatile.Read(ref _database) is { } database && !Volatile.Read(ref _disposed))
        {
            return ValueTask.FromResult(database);
        }

        return new ValueTask<IDatabase>(CreateDatabaseAsync(cancellationToken));
    }

    private async Task<IDatabase> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await RedisFaults.Guard(Connecting(), OperationTimeout, cancellationToken).ConfigureAwait(false);
        var database = multiplexer.GetDatabase();
        Volatile.Write(ref _database, database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        Task<ConnectionMultiplexer>? connecting;
        lock (_gate)
        {
            // Registered both as itself and as a hosted service, it may be disposed twice.
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            connecting = _connecting;
        }

        if (connecting is null)
        {
            return;
        }

        try
        {
            // Bounded by the connect timeout of the connection string.
            var multiplexer = await connecting.ConfigureAwait(false);
            await multiplexer.CloseAsync(allowCommandsToComplete: true).ConfigureAwait(false);
            multiplexer.Dispose();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            LogCloseFailed(exception);
        }
    }

    private Task<ConnectionMultiplexer> Connecting()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // A failed attempt (rare with abortConnect=false) is not cached: the next call tries again.
            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
            {
                _connecting = ConnectAsync();
            }

            return _connecting;
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        LogConnecting(Endpoints);
        ConnectionMultiplexer multiplexer;
        try
        {
            multiplexer = await ConnectionMultiplexer.ConnectAsync(_configuration.Clone()).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or System.Net.Sockets.SocketException)
        {
            LogConnectFailed(exception, Endpoints);
            throw;
        }

        // The 1.x client otherwise runs every async continuation in order on one completion thread, and the whole
        // turn (dialog, serialization, rendering) continues there: turns then run one at a time however many arrive.
        multiplexer.PreserveAsyncOrder = false;
        multiplexer.ConnectionFailed += OnConnectionFailed;
        multiplexer.ConnectionRestored += OnConnectionRestored;
        if (multiplexer.IsConnected)
        {
            LogConnected(Endpoints);
        }
        else
        {
            LogUnreachableAtStart(Endpoints);
        }

        return multiplexer;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        // The client keeps an interactive and a subscription connection; one line per outage is enough.
        if (e.ConnectionType == ConnectionType.Interactive)
        {
            LogConnectionLost(e.EndPoint, e.FailureType);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Interactive)
        {
            LogConnectionRestored(e.EndPoint);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connecting to Redis at {Endpoints} (ConnectionStrings:Redis)")]
    private partial void LogConnecting(string endpoints);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Redis at {Endpoints}")]
    private partial void LogConnected(string endpoints);

    [LoggerMessage(Level = LogLevel.Error, Message = "Redis at {Endpoints} is unreachable at start-up (ConnectionStrings:Redis); the host runs on, retries in the background, and /readyz reports unhealthy until it connects")]
    private partial void LogUnreachableAtStart(string endpoints);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not create the Redis client for {Endpoints}; the next store call retries")]
    private partial void LogConnectFailed(Exception exception, string endpoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the Redis connection to {Endpoint} ({FailureType}); turns get a 'try again' notice until it is back")]
    private partial void LogConnectionLost(System.Net.EndPoint? endpoint, ConnectionFailureType failureType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {Endpoint} restored")]
    private partial void LogConnectionRestored(System.Net.EndPoint? endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the Redis connection failed")]
    private partial void LogCloseFailed(Exception exception);
}
