using System.Text.Json.Nodes;
using DisputeBot.Tests.Infrastructure;

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
            return await NodePeerScript.RunAsync(peers, Path.Combine("directline", "conversation.js"), planFile, "The directlinejs peer", TimeSpan.FromMinutes(3));
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
