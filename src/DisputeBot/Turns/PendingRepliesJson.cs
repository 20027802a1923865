using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>How <see cref="PendingReplies"/> are kept in an <see cref="OutboxEntry"/>: the dialog's replies as they
/// are (each channel renders them when it sends), tagged by kind.</summary>
internal static class PendingRepliesJson
{
    /// <summary>Every kind of <see cref="Reply"/>, with its tag; a test fails when the dialog adds one not listed.</summary>
    internal static readonly IReadOnlyDictionary<Type, string> ReplyKinds = new Dictionary<Type, string>
    {
        [typeof(TextReply)] = "text",
        [typeof(ChoicesReply)] = "choices",
        [typeof(ChecklistReply)] = "checklist",
        [typeof(CardReply)] = "card",
        [typeof(HandoffReply)] = "handoff",
        [typeof(RelayReply)] = "relay",
        [typeof(FileReply)] = "file",
    };

    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static byte[] Write(PendingReplies replies) => JsonSerializer.SerializeToUtf8Bytes(
        new StoredReplies(replies.Sender, replies.Address, replies.ReplyToId, replies.Locale, replies.Replies),
        (JsonTypeInfo<StoredReplies>)Options.GetTypeInfo(typeof(StoredReplies)));

    /// <exception cref="JsonException">The entry is not readable.</exception>
    public static PendingReplies Read(ConversationKey key, OutboxEntry entry)
    {
        var stored = JsonSerializer.Deserialize(entry.Payload.Span, (JsonTypeInfo<StoredReplies>)Options.GetTypeInfo(typeof(StoredReplies)))
            ?? throw new JsonException("An outbox entry holds null.");
        return new PendingReplies(key, entry.Sequence, stored.Sender, stored.Address, stored.ReplyToId, stored.Locale, stored.Replies, entry.Delivered);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OutboxJsonContext.Default.Options)
        {
            TypeInfoResolver = OutboxJsonContext.Default.WithAddedModifier(info =>
            {
                if (info.Type == typeof(Reply))
                {
                    info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "k" };
                    foreach (var (type, tag) in ReplyKinds)
                    {
                        info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, tag));
                    }
                }
            }),
        };
        options.MakeReadOnly();
        return options;
    }
}

internal sealed record StoredReplies(
    [property: JsonPropertyName("s")] string Sender,
    [property: JsonPropertyName("a")] ConversationAddress? Address,
    [property: JsonPropertyName("r")] string? ReplyToId,
    [property: JsonPropertyName("l")] string? Locale,
    [property: JsonPropertyName("m")] IReadOnlyList<Reply> Replies);

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoredReplies))]
[JsonSerializable(typeof(TextReply))]
[JsonSerializable(typeof(ChoicesReply))]
[JsonSerializable(typeof(ChecklistReply))]
[JsonSerializable(typeof(CardReply))]
[JsonSerializable(typeof(HandoffReply))]
[JsonSerializable(typeof(RelayReply))]
[JsonSerializable(typeof(FileReply))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
