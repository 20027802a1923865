using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisputeBot.Channels.BotFramework.Schema;

/// <summary>The serializer settings used on the wire.</summary>
public static class BotFrameworkJson
{
    /// <summary>
    /// Reads property names case-insensitively (channels and SDKs are not always consistent) and writes non-ASCII text
    /// unescaped: a Russian or Korean reply stays about half the size, which matters under the 40 KB message limit.
    /// </summary>
    public static BotFrameworkJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
