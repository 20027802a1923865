namespace DisputeBot.Tests.Infrastructure;

/// <summary>Tests that share one <see cref="RedisServerFixture"/>: put <c>[Collection(RedisServerCollection.Name)]</c>
/// on the class and take the fixture in its constructor.</summary>
[CollectionDefinition(Name)]
public sealed class RedisServerCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "Redis server";
}
