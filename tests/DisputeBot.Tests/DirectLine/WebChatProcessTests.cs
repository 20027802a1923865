using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.Tests.DirectLine;

/// <summary>The built bot as the README's first command runs it (a plain process, files from its output folder):
/// the page, Web Chat and a Direct Line conversation with the real dialog.</summary>
public sealed partial class WebChatProcessTests
{
    [Fact]
    public async Task The_built_bot_serves_the_page_and_greets_a_new_direct_line_conversation()
    {
        using var bot = await StartAsync();
        using var client = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(60) };

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var script = await client.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var session = await DirectLineSession.StartAsync(client);
        var (activities, _) = await session.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("DisputeBot", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True(script.Content.Headers.ContentLength > 1_000_000);
        Assert.Contains(activities, a => (string?)a!["from"]!["role"] == "bot" && a["suggestedActions"]?["actions"]?.AsArray().Count == 3);
    }

    private static async Task<RunningBot> StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DisputeBot.dll"));
        ImageRuntimeSettings.ApplyTo(start);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The bot exited with {process.ExitCode} before listening."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new RunningBot(process, await listening.Task.WaitAsync(TimeSpan.FromMinutes(2)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    private sealed record RunningBot(Process Process, Uri Address) : IDisposable
    {
        public void Dispose()
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit(10_000);
            Process.Dispose();
        }
    }
}
