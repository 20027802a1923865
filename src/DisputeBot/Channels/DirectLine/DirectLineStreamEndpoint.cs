using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using DisputeBot.Channels.DirectLine.Wire;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// The WebSocket <c>streamUrl</c>: sends what the log holds after the watermark, then every activity as it is
/// appended, as <c>{activities, watermark}</c> frames, with empty frames as keep-alives. What the client sends
/// (directlinejs pings with empty messages) is read and ignored.
/// </summary>
internal static partial class DirectLineStreamEndpoint
{
    public static async Task<IResult> StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineTokenService tokens, DirectLineConversationStore store,
        IOptions<DirectLineOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        if (DirectLineConversationEndpoints.Open(conversationId, context.Request, tokens, store, out var conversation, queryToken: t) is { } refused)
        {
            return refused;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.BadRequest("The stream URL takes a WebSocket connection.");
        }

        if (!DirectLineConversationEndpoints.TryParseWatermark(watermark, out var mark))
        {
            return DirectLineResults.BadRequest("The watermark must be a number from an earlier answer.");
        }

        if (!conversation.TryOpenStream(options.Value.MaxStreamsPerConversation))
        {
            return DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many open streams for this conversation.");
        }

        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            var logger = loggers.CreateLogger(typeof(DirectLineStreamEndpoint).FullName!);
            try
            {
                await PumpAsync(socket, conversation, mark, options.Value.StreamKeepAlive, time, stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The client went away or the host is stopping: nothing to tell anyone.
                LogStreamEnded(logger, conversation.Id, exception);
            }
        }
        finally
        {
            conversation.CloseStream();
        }

        return Results.Empty;
    }

    private static async Task PumpAsync(WebSocket socket, DirectLineConversation conversation, long? watermark, TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listening = ListenAsync(socket, closing.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                // Take the signal before reading, so an append between the read and the wait is not missed.
                var changed = conversation.WaitForChangeAsync();
                var (activities, next) = conversation.ReadAfter(watermark);
                if (activities.Count > 0)
                {
                    var frame = JsonSerializer.SerializeToUtf8Bytes(
                        new ActivitySet(activities, next?.ToString(CultureInfo.InvariantCulture)), DirectLineJsonContext.Default.ActivitySet);
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                    watermark = next;
                    continue;
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var tick = Task.Delay(keepAlive, time, wait.Token);
                var first = await Task.WhenAny(changed, listening, tick).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
                if (first == listening)
                {
                    break;
                }

                if (first == tick)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    conversation.Touch(time.GetUtcNow());
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
            await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Reads (and drops) what the client sends until it closes; completes when it does.</summary>
    private static async Task ListenAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A Direct Line stream in {ConversationId} ended abruptly")]
    private static partial void LogStreamEnded(ILogger logger, string conversationId, Exception exception);
}
