using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using DisputeBot.Channels.DirectLine.Wire;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// The WebSocket <c>streamUrl</c>: sends what the log holds after the watermark, then every activity as it is
/// appended (on any instance), as <c>{activities, watermark}</c> frames, with empty frames as keep-alives. What the
/// client sends (directlinejs pings with empty messages) is read and ignored. Only a token opens a stream: the secret
/// is refused in the URL, where proxies and logs would keep it.
/// </summary>
internal static partial class DirectLineStreamEndpoint
{
    public static async Task<IResult> StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineTokenService tokens, DirectLineConversationStore store,
        DirectLineStreamSlots slots, IOptions<DirectLineOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        var (refused, conversation) = await DirectLineConversationEndpoints.OpenAsync(conversationId, context.Request, tokens, store, context.RequestAborted, queryToken: t)
            .ConfigureAwait(false);
        if (refused is not null)
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

        if (!slots.TryOpen(conversation!.Id, options.Value.MaxStreamsPerConversation))
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
                await PumpAsync(socket, store, conversation.Id, mark, options.Value.StreamKeepAlive, time, stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or Turns.StoreUnavailableException)
            {
                // The client went away, the host is stopping or the store is down: the client reconnects later.
                LogStreamEnded(logger, conversation.Id, exception);
            }
        }
        finally
        {
            slots.Close(conversation.Id);
        }

        return Results.Empty;
    }

    private static async Task PumpAsync(
        WebSocket socket, DirectLineConversationStore store, string conversationId, long? watermark, TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listening = ListenAsync(socket, closing.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

                // Wait for the signal before reading, so an append between the read and the wait is not missed.
                var changed = store.WaitForChangeAsync(conversationId, wait.Token);
                if (await store.ReadAfterAsync(conversationId, watermark, cancellationToken).ConfigureAwait(false) is not { } read)
                {
                    // Gone (expired or evicted): nothing more will come.
                    break;
                }

                if (read.Activities.Count > 0)
                {
                    await wait.CancelAsync().ConfigureAwait(false);
                    var frame = JsonSerializer.SerializeToUtf8Bytes(
                        new ActivitySet(read.Activities, read.Watermark?.ToString(CultureInfo.InvariantCulture)), DirectLineJsonContext.Default.ActivitySet);
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                    watermark = read.Watermark;
                    continue;
                }

                // The keep-alive tick also re-reads: a wake-up lost on the way from another instance costs one tick.
                var tick = Task.Delay(keepAlive, time, wait.Token);
                var first = await Task.WhenAny(changed, listening, tick).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);

                // Stopping cancels the wait for a change too: without this check the loop would spin.
                cancellationToken.ThrowIfCancellationRequested();
                if (first == listening)
                {
                    break;
                }

                if (first == tick)
                {
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
