using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace DisputeBot.Tests.BotFramework;

/// <summary>A real HTTP server on a free loopback port, in this process: it records every request and answers with
/// what the test's responder says. Stands in for the Connector, the token endpoint and the OpenID metadata.</summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LocalHttpServer(WebApplication app, Func<RecordedRequest, HttpContext, Task> respond)
    {
        _app = app;
        _app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var request = new RecordedRequest(
                context.Request.Method,
                context.Features.Get<IHttpRequestFeature>()!.RawTarget,
                context.Request.Path.Value ?? string.Empty,
                context.Request.Headers.Authorization.ToString(),
                context.Request.ContentType,
                body);
            _requests.Enqueue(request);
            Received?.Invoke(request);
            await respond(request, context);
        });
    }

    /// <summary>Raised for each request as it arrives (before it is answered).</summary>
    public event Action<RecordedRequest>? Received;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<LocalHttpServer> StartAsync(Func<RecordedRequest, HttpContext, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var server = new LocalHttpServer(builder.Build(), respond);
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.First(), UriKind.Absolute);
        return server;
    }

    /// <summary>Answers every request with 200 and a Connector resource id.</summary>
    public static Task<LocalHttpServer> StartConnectorAsync() => StartAsync((_, context) => Json(context, HttpStatusCode.OK, """{"id":"sent-1"}"""));

    public static async Task Json(HttpContext context, HttpStatusCode status, string json)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string RawTarget, string Path, string Authorization, string? ContentType, string Body);
