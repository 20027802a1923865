namespace DisputeBot.Tests.Infrastructure;

/// <summary>Tests that share one <see cref="RedisClusterFixture"/>: put <c>[Collection(RedisClusterCollection.Name)]</c>
/// on the class and take the fixture in its constructor.</summary>
[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<RedisClusterFixture>
{
    public const string Name = "Redis cluster";
}
