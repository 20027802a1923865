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

    /// <summary>
    /// For writing onto a <see cref="Utf8JsonWriter"/> made with <see cref="WriterOptions"/>: the same JSON as
    /// <see cref="Context"/> writes, but through the source-generated serializer, which System.Text.Json uses only when
    /// the options equal the generated ones (a custom encoder disables it), so the encoder goes on the writer. Kept
    /// because the metadata-driven path costs an expectReplies turn 0.7–0.9 KB more (5–6 % of its allocations).
    /// </summary>
    public static BotFrameworkJsonContext WriteContext { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    /// <summary>The writer settings <see cref="Context"/> implies: non-ASCII unescaped, compact; validation off, as
    /// the serializer's own writers have it.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };
}
