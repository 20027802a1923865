using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisputeBot.Turns;

/// <summary>
/// Reads the record's recent updates as numbers (version 2) or as the update ids version 1 stored, fingerprinting
/// those as it reads; writes numbers.
/// </summary>
internal sealed class UpdateFingerprintsJsonConverter : JsonConverter<IReadOnlyList<ulong>>
{
    public override IReadOnlyList<ulong> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Recent updates must be an array.");
        }

        Span<ulong> read = stackalloc ulong[ConversationRecord.RecentUpdateLimit];
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var fingerprint = reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetUInt64(),
                JsonTokenType.String => UpdateFingerprint.Of(reader.GetString()!),
                _ => throw new JsonException("A recent update must be a number or, in version 1, a string."),
            };

            // Only the newest are kept, as when they were saved.
            if (count == read.Length)
            {
                read[1..].CopyTo(read);
                count--;
            }

            read[count++] = fingerprint;
        }

        return count == 0 ? [] : read[..count].ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ulong> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            writer.WriteNumberValue(value[i]);
        }

        writer.WriteEndArray();
    }
}
