using System.Collections.Concurrent;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Sends every request to a local server instead of its real host (same path and query), remembering the
/// address it was meant for: lets MSAL talk to "login.microsoftonline.com" that is really a test listener.</summary>
public sealed class LoopbackRedirectHandler(Uri target, ConcurrentQueue<Uri> intended) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        intended.Enqueue(request.RequestUri!);
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
