using System.Text.Json.Nodes;
using DisputeBot.Tests.DirectLine;
using DisputeBot.Tests.Infrastructure;

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

        return await NodePeerScript.RunAsync(peers, Path.Combine("calendar", "parse.js"), file, "ical.js", TimeSpan.FromMinutes(1));
    }
}
