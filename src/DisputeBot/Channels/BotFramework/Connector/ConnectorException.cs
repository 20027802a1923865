using System.Net;

namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>A Connector call failed for good (after the allowed retries, or at once for a non-transient answer).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The last HTTP status, or null when no answer came (network failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }
}
