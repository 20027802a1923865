using Microsoft.Extensions.Options;

namespace DisputeBot.Support;

/// <summary>Refuses a short access key at start-up, naming the setting.</summary>
internal sealed class SupportPageOptionsValidator : IValidateOptions<SupportPageOptions>
{
    public ValidateOptionsResult Validate(string? name, SupportPageOptions options)
    {
        if (options.AccessKey is { } key && key.Trim().Length < SupportPageOptions.MinimumKeyLength)
        {
            return ValidateOptionsResult.Fail(
                $"Support:AccessKey (env Support__AccessKey) must be at least {SupportPageOptions.MinimumKeyLength} characters of random text (for example `openssl rand -base64 32`), or unset to turn the support page off.");
        }

        if (options.SessionLifetime <= TimeSpan.Zero || options.SessionLifetime > TimeSpan.FromDays(30))
        {
            return ValidateOptionsResult.Fail("Support:SessionLifetime must be between a second and 30 days.");
        }

        return ValidateOptionsResult.Success;
    }
}
