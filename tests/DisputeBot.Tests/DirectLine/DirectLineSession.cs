using System.Text.Json.Nodes;

namespace DisputeBot.Tests.DirectLine;

/// <summary>One started conversation as a client sees it: its id and token, and calls in its name.</summary>
public sealed record DirectLineSession(HttpClient Client, string ConversationId, string Token)
{
    /// <summary>Gets a token from the page's endpoint and starts the conversation with it, as Web Chat does.</summary>
    public static async Task<DirectLineSession> StartAsync(HttpClient client)
    {
        using var tokenResponse = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        tokenResponse.EnsureSuccessStatusCode();
        var token = (string)(await tokenResponse.ReadJsonAsync())["token"]!;
        using var start = DirectLineJson.Request(HttpMethod.Post, "/v3/directline/conversations", token);
        using var started = await client.SendAsync(start);
        Assert.Equal(System.Net.HttpStatusCode.Created, started.StatusCode);
        var body = await started.ReadJsonAsync();
        return new DirectLineSession(client, (string)body["conversationId"]!, (string)body["token"]!);
    }

    public string Path(string tail = "") => $"/v3/directline/conversations/{Uri.EscapeDataString(ConversationId)}{tail}";

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token = null)
    {
        using var request = DirectLineJson.Request(HttpMethod.Post, Path("/activities"), token ?? Token, DirectLineJson.Serialize(activity));
        return await Client.SendAsync(request);
    }

    /// <summary>Posts and returns the id the log gave the activity.</summary>
    public async Task<string> SayAsync(string text, string clientActivityId, string from = "someone")
    {
        using var response = await PostAsync(DirectLineJson.Message(text, clientActivityId, from));
        response.EnsureSuccessStatusCode();
        return (string)(await response.ReadJsonAsync())["id"]!;
    }

    public async Task<(JsonArray Activities, string? Watermark)> ReadAsync(string? watermark = null)
    {
        using var request = DirectLineJson.Request(HttpMethod.Get, Path("/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark)), Token);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return (body["activities"]!.AsArray(), (string?)body["watermark"]);
    }
}
