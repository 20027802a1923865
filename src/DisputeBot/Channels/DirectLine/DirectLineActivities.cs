using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Small readings and edits of activities that Direct Line needs.</summary>
internal static class DirectLineActivities
{
    /// <summary><c>channelData.clientActivityID</c>: the id Web Chat gives an outgoing activity, to recognise its echo.</summary>
    public static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>Returns <paramref name="channelData"/> with <c>attachmentSizes</c> set (the field Web Chat itself uses
    /// for the sizes of uploaded files), keeping everything else.</summary>
    public static JsonElement WithAttachmentSizes(JsonElement? channelData, IReadOnlyList<long> sizes)
    {
        var data = channelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonSerializer.SerializeToNode(existing, DirectLineJsonContext.Default.JsonElement)!.AsObject()
            : [];
        var array = new JsonArray();
        foreach (var size in sizes)
        {
            array.Add(size);
        }

        data["attachmentSizes"] = array;
        return JsonSerializer.SerializeToElement(data, DirectLineJsonContext.Default.JsonObject);
    }

    /// <summary>A deep copy, so the log's activity and the one the bot sees cannot change each other.</summary>
    public static Activity Clone(Activity activity) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(activity, DirectLineJsonContext.Default.Activity), DirectLineJsonContext.Default.Activity)!;
}
