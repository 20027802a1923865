using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DisputeBot.Tests.DirectLine;

/// <summary>
/// Runs tests/peers/directline/conversation.js: botframework-directlinejs (npm, the real Direct Line client) holding
/// conversations with the bot at <c>baseUrl</c>, and returns what each conversation saw. A missing Node or peer
/// install fails with what to run.
/// </summary>
public static class DirectLineJsPeer
{
    public static Task<JsonNode> RunAsync(Uri baseUrl, string mode, params (string Name, JsonArray Steps)[] conversations) =>
        RunAsync(baseUrl, mode, postVia: null, conversations);

    /// <param name="postVia">Given, the conversations post through this other instance of the bot (plain HTTP) while
    /// directlinejs reads from <paramref name="baseUrl"/>.</param>
    public static async Task<JsonNode> RunAsync(Uri baseUrl, string mode, Uri? postVia, params (string Name, JsonArray Steps)[] conversations)
    {
        var root = RepositoryRoot();
        var peers = Path.Combine(root, "tests", "peers");
        Assert.True(
            Directory.Exists(Path.Combine(peers, "node_modules", "botframework-directlinejs")),
            "botframework-directlinejs is not installed in tests/peers: run scripts/install-test-deps.");

        var plan = new JsonObject
        {
            ["baseUrl"] = baseUrl.ToString(),
            ["mode"] = mode,
            ["conversations"] = new JsonArray([.. conversations.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["steps"] = c.Steps, ["postVia"] = postVia?.ToString() })]),
        };
        var planFile = Path.Combine(Path.GetTempPath(), $"directline-plan-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(planFile, plan.ToJsonString());
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(peers, "directline", "conversation.js"), planFile])
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
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("The directlinejs peer did not finish in 3 minutes: " + await errors);
                }

                Assert.True(process.ExitCode == 0, $"The directlinejs peer failed (exit {process.ExitCode}): {await errors}");
                return JsonNode.Parse(await output) ?? throw new JsonException("The directlinejs peer printed nothing.");
            }
        }
        finally
        {
            File.Delete(planFile);
        }
    }

    public static JsonArray Steps(params string[] steps) =>
        new([.. steps.Select(s => (JsonNode)(s.StartsWith("click:", StringComparison.Ordinal)
            ? new JsonObject { ["click"] = s["click:".Length..] }
            : new JsonObject { ["say"] = s }))]);

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DisputeBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with DisputeBot.sln) was not found above " + AppContext.BaseDirectory);
    }
}
