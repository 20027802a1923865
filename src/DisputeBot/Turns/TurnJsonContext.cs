using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>Source-generated serialization of the stored record; use it through <see cref="ConversationRecordJson"/>.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ConversationRecord))]
internal sealed partial class TurnJsonContext : JsonSerializerContext;

/// <summary>
/// How a <see cref="ConversationRecord"/> is read and written. Written by this context alone (its generated writer
/// only needs the getters); read with this context for the record and the dialog's own for the
/// <see cref="DialogState"/> inside it (its setters are internal to the dialog, so only code generated there can set
/// them), combined in one resolver so that a record is read in one pass.
/// </summary>
internal static class ConversationRecordJson
{
    private static readonly JsonTypeInfo<ConversationRecord> Reader = CreateReader();

    public static byte[] Serialize(ConversationRecord record) =>
        JsonSerializer.SerializeToUtf8Bytes(record, TurnJsonContext.Default.ConversationRecord);

    public static ConversationRecord? Deserialize(ReadOnlySpan<byte> payload) => JsonSerializer.Deserialize(payload, Reader);

    private static JsonTypeInfo<ConversationRecord> CreateReader()
    {
        var options = new JsonSerializerOptions(TurnJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(DialogJsonContext.Default, TurnJsonContext.Default),
        };
        options.MakeReadOnly();
        return (JsonTypeInfo<ConversationRecord>)options.GetTypeInfo(typeof(ConversationRecord));
    }
}
