namespace DisputeBot.Channels.Telegram;

/// <summary>The Bot API refused a request (<c>ok:false</c>) or answered with something that is not a Bot API
/// answer. The message never contains the bot token.</summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException()
    {
    }

    public TelegramApiException(string message)
        : base(message)
    {
    }

    public TelegramApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TelegramApiException(string method, int errorCode, string? description, TimeSpan? retryAfter = null)
        : base($"Telegram {method} failed: {errorCode} {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
    }

    public string? Method { get; }

    /// <summary>Telegram's error_code, or the HTTP status when the answer had no envelope.</summary>
    public int ErrorCode { get; }

    public string? Description { get; }

    /// <summary>How long Telegram asked to wait (429), if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The group became a supergroup with this id (400, parameters.migrate_to_chat_id), if Telegram said.</summary>
    public long? MigrateToChatId { get; init; }
}
