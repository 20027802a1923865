namespace DisputeBot.Storage.Redis;

/// <summary>Where Redis is: <c>ConnectionStrings:Redis</c> (env <c>ConnectionStrings__Redis</c>), in StackExchange.Redis
/// syntax (<c>host:port[,option=value...]</c>). Set, it makes Redis the conversation store.</summary>
public sealed class RedisConnectionOptions
{
    /// <summary>The configuration key, as operators write it.</summary>
    public const string SettingName = "ConnectionStrings:Redis";

    public string? ConnectionString { get; set; }
}
