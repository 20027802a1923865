using System.Net;
using System.Threading.Channels;

namespace DisputeBot.Tests.Handoff;

/// <summary>A real HTTP server on a loopback port (HttpListener) standing in for a help desk's webhook: it keeps each
/// request's body and headers and answers 204.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<ReceivedPost> _posts = Channel.CreateUnbounded<ReceivedPost>();
    private readonly Task _loop;

    public WebhookReceiver()
    {
        Exception? last = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var port = DisputeBot.Tests.Telegram.TelegramFreePort.Next();
            Url = $"http://127.0.0.1:{port}/handoff/";
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(Url);
            try
            {
                _listener.Start();
                _loop = Task.Run(ServeAsync);
                return;
            }
            catch (HttpListenerException exception)
            {
                last = exception;
            }
        }

        throw new InvalidOperationException("The webhook receiver could not listen on a loopback port.", last);
    }

    public string Url { get; private set; } = string.Empty;

    public async Task<ReceivedPost> NextAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        return await _posts.Reader.ReadAsync(timeout.Token);
    }

    public void Dispose()
    {
        _listener.Close();
        _posts.Writer.TryComplete();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            await _posts.Writer.WriteAsync(new ReceivedPost(
                context.Request.HttpMethod,
                context.Request.ContentType,
                context.Request.Headers["X-DisputeBot-Signature"],
                context.Request.Headers["X-DisputeBot-Delivery"],
                body.ToArray()));
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }
}

public sealed record ReceivedPost(string Method, string? ContentType, string? Signature, string? Delivery, byte[] Body);
