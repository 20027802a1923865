using DisputeBot.Storage.Redis;

namespace DisputeBot.Tests.Storage;

/// <summary>Reading <c>ConnectionStrings:Redis</c>, without a server.</summary>
public sealed class RedisConnectionStringTests
{
    [Theory]
    [InlineData("redis:6379", 1)]
    [InlineData("localhost", 1)]
    [InlineData("127.0.0.1:6379,password=secret,ssl=false", 1)]
    [InlineData("node1:6379, node2:6379 ,node3:6379,connectTimeout=2000", 3)]
    public void Usual_connection_strings_are_accepted(string connectionString, int servers)
    {
        var configuration = RedisConnectionString.Parse(connectionString);

        Assert.Equal(servers, configuration.EndPoints.Count);
    }

    [Fact]
    public void Start_up_never_aborts_on_an_unreachable_redis_even_when_the_string_asks_for_it()
    {
        var configuration = RedisConnectionString.Parse("redis:6379,abortConnect=true");

        Assert.False(configuration.AbortOnConnectFail);
    }

    [Fact]
    public void The_client_is_named_for_client_list_unless_the_string_names_it()
    {
        Assert.Equal("disputebot", RedisConnectionString.Parse("redis:6379").ClientName);
        Assert.Equal("bot-eu-1", RedisConnectionString.Parse("redis:6379,name=bot-eu-1").ClientName);
    }

    [Fact]
    public void A_rejected_string_is_not_echoed_when_it_may_hold_a_password()
    {
        var exception = Assert.Throws<ArgumentException>(() => RedisConnectionString.Parse("redis:6379,password=hunter2,nonsense=1"));

        Assert.StartsWith("ConnectionStrings:Redis is malformed", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_connection_attempt_is_not_repeated_unless_the_string_asks()
    {
        Assert.Equal(1, RedisConnectionString.Parse("redis:6379").ConnectRetry);
        Assert.Equal(4, RedisConnectionString.Parse("redis:6379,connectRetry=4").ConnectRetry);
    }
}
