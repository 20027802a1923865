using System.Net;
using Microsoft.Extensions.Options;

namespace DisputeBot.Handoff;

/// <summary>Checks the handoff webhook settings at start-up, naming the setting and never echoing the secret.</summary>
public sealed class HandoffWebhookOptionsValidator : IValidateOptions<HandoffWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffWebhookOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.HandoffWebhookUrl, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url))))
        {
            failures.Add("Support:HandoffWebhookUrl must be an absolute https URL (plain http only for a loopback address).");
        }

        if (string.IsNullOrWhiteSpace(options.HandoffWebhookSecret) || options.HandoffWebhookSecret.Trim().Length < HandoffWebhookOptions.MinSecretLength)
        {
            failures.Add($"Support:HandoffWebhookSecret must be set (from the environment: Support__HandoffWebhookSecret) to a random text of at least {HandoffWebhookOptions.MinSecretLength} characters when Support:HandoffWebhookUrl is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
