using System.Diagnostics;
using System.Text.Json.Nodes;
using DisputeBot.Tests.DirectLine;

namespace DisputeBot.Tests.Calendar;

/// <summary>
/// Reads a calendar file with tests/peers/calendar/parse.js: ical.js (npm), an RFC 5545 parser independent of the
/// Ical.Net that wrote it, and returns what a calendar would import. A missing Node or peer install fails with what to run.
/// </summary>
public static class IcalJsPeer
{
    public static async Task<JsonNode> ParseAsync(byte[] ics)
    {
        var file = Path.Combine(Path.GetTempPath(), $"calendar-{Guid.NewGuid():N}.ics");
        await File.WriteAllBytesAsync(file, ics);
        try
        {
            return await ParseFileAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<JsonNode> ParseFileAsync(string file)
    {
        var peers = Path.Combine(DirectLineJsPeer.RepositoryRoot(), "tests", "peers");
        Assert.True(
            Directory.Exists(Path.Combine(peers, "node_modules", "ical.js")),
            "ical.js is not installed in tests/peers: run scripts/install-test-deps.");

        var start = new ProcessStartInfo("node", [Path.Combine(peers, "calendar", "parse.js"), file])
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
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"ical.js could not read the calendar file (exit {process.ExitCode}): {await errors}");
            return JsonNode.Parse(await output) ?? throw new InvalidOperationException("ical.js printed nothing.");
        }
    }
}
