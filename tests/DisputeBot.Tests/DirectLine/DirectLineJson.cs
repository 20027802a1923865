using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DisputeBot.Tests.DirectLine;

/// <summary>Small helpers for talking Direct Line over HTTP in tests.</summary>
public static class DirectLineJson
{
    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    /// <summary>A message activity as Web Chat posts it, with a client activity id.</summary>
    public static JsonObject Message(string text, string clientActivityId, string from = "someone") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = from },
        ["locale"] = "en-GB",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(JsonSerializerOptions.Default);
}
