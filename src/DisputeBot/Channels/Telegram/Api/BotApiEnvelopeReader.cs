using System.Globalization;
using System.Text.Json;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>
/// Reads a Bot API answer by hand: <c>ok</c>, <c>error_code</c>, <c>description</c>, <c>parameters.retry_after</c>,
/// <c>parameters.migrate_to_chat_id</c> (and the emulator's <c>message</c>); the result is only located. Deserializing a
/// typed envelope built every field of the result (the echoed message: its text, chat, sender and keyboard) on every
/// call. As lenient as <see cref="TelegramJsonContext"/>: unknown fields are skipped, comments and trailing commas are
/// allowed, numbers may come as strings; a known field of the wrong type or malformed JSON makes the answer unreadable.
/// </summary>
internal static class BotApiEnvelopeReader
{
    private static readonly JsonReaderOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <returns>False when <paramref name="json"/> is not a Bot API envelope (a proxy's error page, an empty body).</returns>
    public static bool TryRead(ReadOnlySpan<byte> json, out BotApiEnvelope envelope)
    {
        envelope = default;
        try
        {
            return TryReadEnvelope(json, out envelope);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The <c>message_id</c> of a result that is a message (sendMessage's).</summary>
    /// <returns>True with the id (null when the result is null, absent or carries none); false when the result is
    /// not a message at all (true, a number, a list) or malformed.</returns>
    public static bool TryReadMessageId(ReadOnlySpan<byte> result, out long? messageId)
    {
        messageId = null;
        if (result.IsEmpty)
        {
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(result, Lenient);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("message_id"u8);
                reader.Read();
                if (isId)
                {
                    if (!TryGetInt64(ref reader, out messageId))
                    {
                        return false;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryReadEnvelope(ReadOnlySpan<byte> json, out BotApiEnvelope envelope)
    {
        envelope = default;
        var reader = new Utf8JsonReader(json, Lenient);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool? ok = null;
        int? errorCode = null;
        long? migrateTo = null;
        string? description = null, message = null;
        int? retryAfter = null;
        int resultStart = 0, resultLength = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            reader.Read();
            var read = true;
            switch (field)
            {
                case Field.Ok:
                    read = TryGetBoolean(ref reader, out ok);
                    break;
                case Field.Result:
                    resultStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    resultLength = (int)reader.BytesConsumed - resultStart;
                    break;
                case Field.ErrorCode:
                    read = TryGetInt32(ref reader, out errorCode);
                    break;
                case Field.Description:
                    read = TryGetString(ref reader, out description);
                    break;
                case Field.Message:
                    read = TryGetString(ref reader, out message);
                    break;
                case Field.Parameters:
                    read = TryReadParameters(ref reader, ref retryAfter, ref migrateTo);
                    break;
                default:
                    reader.Skip();
                    break;
            }

            if (!read)
            {
                return false;
            }
        }

        // Anything after the object (a second document, garbage) makes the answer unreadable, as the serializer did.
        if (reader.Read())
        {
            return false;
        }

        envelope = new BotApiEnvelope(ok, errorCode, description, retryAfter, migrateTo, resultStart, resultLength) { Message = message };
        return true;
    }

    /// <summary>Which envelope field the reader's property name is (escaped names too, as the serializer matched them).</summary>
    private static Field FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("ok"u8) ? Field.Ok
        : reader.ValueTextEquals("result"u8) ? Field.Result
        : reader.ValueTextEquals("error_code"u8) ? Field.ErrorCode
        : reader.ValueTextEquals("description"u8) ? Field.Description
        : reader.ValueTextEquals("parameters"u8) ? Field.Parameters
        : reader.ValueTextEquals("message"u8) ? Field.Message
        : Field.Other;

    private static bool TryReadParameters(ref Utf8JsonReader reader, ref int? retryAfter, ref long? migrateTo)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isRetryAfter = reader.ValueTextEquals("retry_after"u8);
            var isMigrateTo = !isRetryAfter && reader.ValueTextEquals("migrate_to_chat_id"u8);
            reader.Read();
            if (isRetryAfter ? !TryGetInt32(ref reader, out retryAfter)
                : isMigrateTo ? !TryGetInt64(ref reader, out migrateTo)
                : !Skip(ref reader))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }

    private static bool TryGetBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool TryGetInt32(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (!TryGetInt64(ref reader, out var wide))
        {
            return false;
        }

        if (wide is { } number)
        {
            if (number is < int.MinValue or > int.MaxValue)
            {
                return false;
            }

            value = (int)number;
        }

        return true;
    }

    /// <summary>A whole number, or one sent as a string; null stays null.</summary>
    private static bool TryGetInt64(ref Utf8JsonReader reader, out long? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                value = number;
                return true;
            case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                value = parsed;
                return true;
            default:
                return false;
        }
    }

    private enum Field
    {
        Other,
        Ok,
        Result,
        ErrorCode,
        Description,
        Parameters,
        Message,
    }
}
