using System.Diagnostics;
using System.Text.Json.Nodes;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// Runs one script of tests/peers with Node to its end and returns the JSON it printed: the one launcher of the
/// one-shot peers (directlinejs conversations, ical.js). A missing Node fails with what to install; a script that
/// fails or overruns its time fails the test with its error output.
/// </summary>
public static class NodePeerScript
{
    public static async Task<JsonNode> RunAsync(string peers, string script, string argument, string name, TimeSpan timeLimit)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(peers, script), argument])
        {
            WorkingDirectory = peers,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js (node) was not found: install Node.js 20, then run scripts/install-test-deps.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(timeLimit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{name} did not finish in {timeLimit.TotalMinutes} minutes: " + await errors);
            }

            Assert.True(process.ExitCode == 0, $"{name} failed (exit {process.ExitCode}): {await errors}");
            return JsonNode.Parse(await output) ?? throw new InvalidOperationException($"{name} printed nothing.");
        }
    }
}
