using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>setWebhook: Telegram will POST updates to <see cref="Url"/> with <see cref="SecretToken"/> in the
/// X-Telegram-Bot-Api-Secret-Token header.</summary>
public sealed record SetWebhookRequest(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("secret_token")] string SecretToken,
    [property: JsonPropertyName("allowed_updates")] IReadOnlyList<string> AllowedUpdates,
    [property: JsonPropertyName("max_connections")] int MaxConnections);
