using System.Text.Json;

namespace DisputeBot.LoadTest.Channels;

/// <summary>Small steps for reading JSON forward with <see cref="Utf8JsonReader"/>, throwing where reading the same
/// value from a document would have (a wrong kind of value is <see cref="InvalidOperationException"/>).</summary>
internal static class JsonRead
{
    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    public static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new InvalidOperationException($"Expected {type}, found {reader.TokenType}.");
        }
    }

    /// <summary>A string value, or "" for any other kind of value (which is skipped).</summary>
    public static string StringOrEmpty(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() ?? "";
        }

        reader.Skip();
        return "";
    }

    /// <summary>Reads the rest of the input: anything but white space after the root value is bad JSON.</summary>
    public static void ToEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }
}
