using System.Diagnostics;
using System.Text;
using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.Tests.Telegram;

/// <summary>The real start-up of the built bot, as an operator sees it: settings from the environment, one line on
/// the console.</summary>
public sealed class TelegramStartupProcessTests
{
    [Fact]
    public async Task A_malformed_token_stops_start_up_with_one_line_naming_the_setting()
    {
        var (exitCode, output) = await RunAsync(
            new() { ["Telegram__BotToken"] = "12345:short", ["Telegram__ApiRoot"] = "https://api.telegram.org" },
            untilLine: null);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output, l => l.StartsWith("DisputeBot could not start:", StringComparison.Ordinal));
        Assert.Contains("Telegram:BotToken", line, StringComparison.Ordinal);
        Assert.DoesNotContain("12345:short", string.Join('\n', output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_mode_without_a_secret_stops_start_up_naming_the_secret()
    {
        var (exitCode, output) = await RunAsync(
            new() { ["Telegram__BotToken"] = "123456:ABC-def", ["Telegram__ApiRoot"] = "http://127.0.0.1:9", ["Telegram__Mode"] = "webhook" },
            untilLine: null);

        Assert.Equal(1, exitCode);
        Assert.Contains(output, l => l.StartsWith("DisputeBot could not start:", StringComparison.Ordinal) && l.Contains("Telegram:SecretToken is required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_token_the_channel_is_off_and_says_so_once()
    {
        var (_, output) = await RunAsync(new() { ["Telegram__BotToken"] = "" }, untilLine: "Application started");

        Assert.Single(output, l => l.Contains("Telegram channel is off: Telegram:BotToken is not set", StringComparison.Ordinal));
    }

    /// <summary>Runs the built bot until it exits or prints <paramref name="untilLine"/> (then stops it).</summary>
    private static async Task<(int? ExitCode, IReadOnlyList<string> Output)> RunAsync(Dictionary<string, string> environment, string? untilLine)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DisputeBot.dll"));
        ImageRuntimeSettings.ApplyTo(start);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new List<string>();
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        void Collect(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (untilLine is not null && e.Data.Contains(untilLine, StringComparison.Ordinal))
            {
                seen.TrySetResult();
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await Task.WhenAny(process.WaitForExitAsync(timeout.Token), seen.Task.WaitAsync(timeout.Token));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }

        Assert.False(timeout.IsCancellationRequested, "The bot neither stopped nor started within a minute:\n" + string.Join('\n', output));
        lock (output)
        {
            return (untilLine is null ? process.ExitCode : null, [.. output]);
        }
    }
}
