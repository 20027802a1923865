using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Checks what data annotations cannot: the signing key's format and length, and that one activity fits a log.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        if (options.PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            return ValidateOptionsResult.Fail("DirectLine:PublicBaseUrl must be an absolute http:// or https:// URL, such as https://bot.example.com/.");
        }

        if (options.MaxActivityBytes > options.MaxLogBytesPerConversation)
        {
            return ValidateOptionsResult.Fail("DirectLine:MaxLogBytesPerConversation must be at least DirectLine:MaxActivityBytes, so one activity fits a log.");
        }

        if (string.IsNullOrEmpty(options.TokenSigningKey))
        {
            return ValidateOptionsResult.Success;
        }

        var key = new byte[options.TokenSigningKey.Length];
        if (!Convert.TryFromBase64String(options.TokenSigningKey, key, out var length) || length < DirectLineTokenService.MinimumKeyBytes)
        {
            return ValidateOptionsResult.Fail(
                $"DirectLine:TokenSigningKey must be base64 of at least {DirectLineTokenService.MinimumKeyBytes} random bytes (for example `openssl rand -base64 32`).");
        }

        return ValidateOptionsResult.Success;
    }
}
