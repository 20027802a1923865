using System.Diagnostics;
using System.Net;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Turns;
using DisputeBot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.Storage;

/// <summary>The whole host with <c>ConnectionStrings:Redis</c>: which store it picks, how it reports a bad setting,
/// and readiness following Redis.</summary>
public sealed class RedisHostTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Without_a_redis_connection_string_the_host_keeps_state_in_memory_and_is_ready()
    {
        using var factory = Host(redis: null);
        using var client = factory.CreateClient();

        Assert.IsType<InMemoryConversationStore>(factory.Services.GetRequiredService<IConversationStore>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("localhost:6379,noSuchOption=1")]
    [InlineData("localhost:6379,syncTimeout=soon")]
    [InlineData("localhost:notaport")]
    [InlineData("redis://user:secret@localhost:6379")]
    [InlineData(",,")]
    [InlineData("   ")]
    public async Task A_malformed_redis_connection_string_stops_start_up_with_one_line_naming_the_setting(string connectionString)
    {
        // The real process, as an operator starts it: Program turns the failure into one line on stderr.
        var (exitCode, output, error) = await RunHostAsync(("ConnectionStrings__Redis", connectionString));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("DisputeBot could not start: ConnectionStrings:Redis ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_redis_unreachable_the_host_starts_live_but_not_ready_and_becomes_ready_when_redis_starts()
    {
        await using var server = RedisServer.Create();
        using var factory = Host(server.ConnectionString);
        using var client = factory.CreateClient();

        Assert.IsType<RedisConversationStore>(factory.Services.GetRequiredService<IConversationStore>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
        var pipeline = factory.Services.GetRequiredService<TurnPipeline>();
        var key = new ConversationKey("telegram", "1");
        Assert.Equal(TurnOutcome.Unavailable, (await pipeline.RunAsync(key, CountingDialog.Text("u1"), null, default)).Outcome);

        await server.StartAsync();

        var deadline = DateTime.UtcNow + ReadyTimeout;
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            status = (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TurnOutcome.Answered, (await pipeline.RunAsync(key, CountingDialog.Text("u1"), null, default)).Outcome);
    }

    private static WebApplicationFactory<Program> Host(string? redis) =>
        new TestHost(redis is null ? null : new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis })
        {
            // These tests are about storage, not wording: a dialog that only counts turns.
            TestServices = services => services.AddSingleton<IDialog, CountingDialog>(),
        };

    /// <summary>Runs the built host (DisputeBot.dll beside the tests) with extra environment variables until it exits.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunHostAsync(params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DisputeBot.dll"));

        // Should start-up wrongly succeed, it must not take a real port or wait for input.
        ImageRuntimeSettings.ApplyTo(info);
        info.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host kept running although its Redis connection string is malformed.");
        }

        return (process.ExitCode, await output, await error);
    }
}
