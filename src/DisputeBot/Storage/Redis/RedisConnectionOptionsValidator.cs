using Microsoft.Extensions.Options;

namespace DisputeBot.Storage.Redis;

/// <summary>Fails start-up with one line naming the setting when the Redis connection string cannot be used.</summary>
internal sealed class RedisConnectionOptionsValidator : IValidateOptions<RedisConnectionOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisConnectionOptions options)
    {
        try
        {
            _ = RedisConnectionString.Parse(options.ConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
