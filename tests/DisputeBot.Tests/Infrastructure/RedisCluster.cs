using System.Globalization;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// A real Redis Cluster on loopback: three <c>redis-server --cluster-enabled yes</c> masters (from
/// <see cref="RedisServer"/>) joined with <c>redis-cli --cluster create ... --cluster-replicas 0</c>, so the 16384 hash
/// slots are spread over three processes and a script touching keys of two slots fails as it would in production.
/// </summary>
public sealed class RedisCluster : IAsyncDisposable
{
    private static readonly TimeSpan SetUpTimeout = TimeSpan.FromSeconds(60);

    private readonly IReadOnlyList<RedisServer> _nodes;

    private RedisCluster(IReadOnlyList<RedisServer> nodes) => _nodes = nodes;

    public IReadOnlyList<RedisServer> Nodes => _nodes;

    /// <summary>Every node, as a bot would list them, with the test timeouts of <see cref="RedisServer.ConnectionString"/>.</summary>
    public string ConnectionString =>
        string.Join(",", _nodes.Select(n => $"127.0.0.1:{n.Port}")) + ",abortConnect=false,connectTimeout=2000,syncTimeout=2000,allowAdmin=true";

    public static async Task<RedisCluster> StartNewAsync(int masters = 3)
    {
        var nodes = new List<RedisServer>();
        try
        {
            for (var i = 0; i < masters; i++)
            {
                nodes.Add(await RedisServer.StartNewAsync(new RedisServerSettings(ClusterEnabled: true)).ConfigureAwait(false));
            }

            string[] create = ["--cluster", "create", .. nodes.Select(n => $"127.0.0.1:{n.Port}"), "--cluster-replicas", "0", "--cluster-yes"];
            await RedisServer.CliAsync(create, SetUpTimeout).ConfigureAwait(false);
            var cluster = new RedisCluster(nodes);
            await cluster.WaitUntilServingAsync().ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>The hash slot Redis gives <paramref name="key"/> (<c>CLUSTER KEYSLOT</c>).</summary>
    public async Task<int> KeySlotAsync(string key)
    {
        var output = await RedisServer.CliAsync(["-p", _nodes[0].Port.ToString(CultureInfo.InvariantCulture), "CLUSTER", "KEYSLOT", key], SetUpTimeout).ConfigureAwait(false);
        return int.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Until every node reports <c>cluster_state:ok</c> (the slots are assigned and the nodes agree).</summary>
    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow + SetUpTimeout;
        foreach (var node in _nodes)
        {
            while (true)
            {
                var info = await RedisServer.CliAsync(["-p", node.Port.ToString(CultureInfo.InvariantCulture), "CLUSTER", "INFO"], SetUpTimeout).ConfigureAwait(false);
                if (info.Contains("cluster_state:ok", StringComparison.Ordinal))
                {
                    break;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"The cluster did not reach cluster_state:ok within {SetUpTimeout.TotalSeconds} s:\n{info}");
                }

                await Task.Delay(100).ConfigureAwait(false);
            }
        }
    }
}
