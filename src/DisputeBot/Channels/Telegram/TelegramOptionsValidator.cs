using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.Telegram;

/// <summary>
/// Checks the Telegram settings at start-up, naming the setting in every message and never echoing a secret.
/// Token format: BotFather's tokens are digits, a colon and 35 characters of [A-Za-z0-9_-]; a token with fewer than
/// 30 such characters is rejected as truncated. When <see cref="TelegramOptions.ApiRoot"/> is a loopback address
/// (a local emulator, which accepts tokens like "123456:ABC-def") any non-empty part after the colon is accepted,
/// and a loopback webhook URL may use plain http.
/// </summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var apiRoot = AbsoluteHttpUri(options.ApiRoot);
        if (apiRoot is null || !string.IsNullOrEmpty(apiRoot.Query) || apiRoot.AbsolutePath != "/")
        {
            failures.Add("Telegram:ApiRoot must be an absolute http(s) URL without a path or a query, such as https://api.telegram.org.");
        }

        var local = apiRoot is not null && IsLoopback(apiRoot);
        var token = options.BotToken!.Trim();
        if (!(local ? LooseToken() : StrictToken()).IsMatch(token))
        {
            failures.Add(local
                ? "Telegram:BotToken is not a bot token: expected digits, a colon and letters, digits, '_' or '-'."
                : "Telegram:BotToken is not a bot token: expected digits, a colon and at least 30 letters, digits, '_' or '-', as BotFather gives it.");
        }

        if (options.SecretToken is { } secret && !SecretTokenFormat().IsMatch(secret))
        {
            failures.Add("Telegram:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-'.");
        }

        if (options.Mode == TelegramMode.Webhook && string.IsNullOrEmpty(options.SecretToken))
        {
            failures.Add("Telegram:SecretToken is required when Telegram:Mode is 'webhook' (1-256 characters of A-Z, a-z, 0-9, '_' and '-'); none is generated.");
        }

        if (!string.IsNullOrWhiteSpace(options.WebhookUrl))
        {
            var webhook = AbsoluteHttpUri(options.WebhookUrl);
            if (webhook is null || (webhook.Scheme != Uri.UriSchemeHttps && !IsLoopback(webhook)))
            {
                failures.Add("Telegram:WebhookUrl must be an absolute https URL (plain http only for a loopback address).");
            }

            if (options.Mode != TelegramMode.Webhook)
            {
                failures.Add("Telegram:WebhookUrl is set but Telegram:Mode is 'polling': set Telegram:Mode to 'webhook' or remove the URL.");
            }
        }

        if (options.SupportChatId is >= 0)
        {
            failures.Add("Telegram:SupportChatId must be a group's chat id, a negative number such as -1001234567890 (add the bot to the support group; the id is in the group's updates).");
        }

        if (options.PollTimeoutSeconds is < 0 or > 50)
        {
            failures.Add("Telegram:PollTimeoutSeconds must be between 0 and 50.");
        }

        if (options.EmptyPollDelay <= TimeSpan.Zero || options.EmptyPollDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add("Telegram:EmptyPollDelay must be more than 0 and at most 1 minute.");
        }

        if (options.MaxPollBackoff < TimeSpan.FromSeconds(1) || options.MaxPollBackoff > TimeSpan.FromMinutes(30))
        {
            failures.Add("Telegram:MaxPollBackoff must be between 1 second and 30 minutes.");
        }

        if (options.TypingDelay < TimeSpan.Zero || options.TypingDelay > TimeSpan.FromSeconds(30))
        {
            failures.Add("Telegram:TypingDelay must be between 0 and 30 seconds.");
        }

        if (options.TypingInterval < TimeSpan.FromSeconds(2) || options.TypingInterval > TimeSpan.FromSeconds(60))
        {
            failures.Add("Telegram:TypingInterval must be between 2 and 60 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static Uri? AbsoluteHttpUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex StrictToken();

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]+$")]
    private static partial Regex LooseToken();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretTokenFormat();
}
