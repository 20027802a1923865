using System.Text.Json;

namespace DisputeBot.LoadTest.Channels;

/// <summary>A property read as a string: absent, null, a string, or another kind of value, which throws only when
/// used (as reading it as a string from a document did, and only where it was read).</summary>
internal readonly record struct JsonStringField(bool Present, string? Value, bool NotAString)
{
    public static JsonStringField Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
        {
            return new JsonStringField(true, reader.GetString(), false);
        }

        reader.Skip();
        return new JsonStringField(true, null, true);
    }

    public string? Get() => NotAString ? throw new InvalidOperationException("A value read as a string is not a string.") : Value;
}
