using System.Buffers;
using System.Text;
using System.Text.Json;
using DisputeBot.LoadTest.Shoppers;
using static DisputeBot.LoadTest.Channels.JsonRead;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Reads the replies of an expectReplies response (<c>{"activities":[...]}</c>) in one forward pass with
/// <see cref="Utf8JsonReader"/>: each message's text, its card text (titles, texts, fact values, in document order),
/// and its buttons with exactly what pressing them sends. No document is built: the harness runs on the bot's cores.
/// Where the replies are not shaped as expected it throws as a document would have (<see cref="JsonException"/> for
/// bad JSON, <see cref="InvalidOperationException"/> for a wrong kind of value), so such a turn still counts as an error.
/// </summary>
internal static class BotFrameworkReplies
{
    private static readonly OfferedChoice[] NoChoices = [];

    // Card text is gathered apart from the activity's own text, which may come after the attachments.
    [ThreadStatic]
    private static StringBuilder? t_cardText;

    public static List<BotMessage> Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var replies = new List<BotMessage>(2);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            var isActivities = reader.ValueTextEquals("activities"u8);
            reader.Read();
            if (!isActivities)
            {
                reader.Skip();
                continue;
            }

            Expect(ref reader, JsonTokenType.StartArray);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (Activity(ref reader, body) is { } message)
                {
                    replies.Add(message);
                }
            }
        }

        ToEnd(ref reader);

        return replies;
    }

    /// <returns>The message, or null for another kind of activity (typing, event).</returns>
    private static BotMessage? Activity(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var isMessage = true;
        var text = "";
        var isCard = false;
        var card = t_cardText ??= new StringBuilder(512);
        card.Clear();
        List<OfferedChoice>? choices = null;
        List<OfferedChoice>? suggested = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                // A type that is not a string (nor null) throws, as reading it from a document did.
                isMessage = reader.TokenType == JsonTokenType.String ? reader.ValueTextEquals("message"u8) : reader.GetString() == "message";
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = StringOrEmpty(ref reader);
            }
            else if (reader.ValueTextEquals("attachments"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    isCard |= Attachment(ref reader, body, card, ref choices);
                }
            }
            else if (reader.ValueTextEquals("suggestedActions"u8))
            {
                reader.Read();
                Expect(ref reader, JsonTokenType.StartObject);
                while (NextProperty(ref reader))
                {
                    var isActions = reader.ValueTextEquals("actions"u8);
                    reader.Read();
                    if (isActions)
                    {
                        Expect(ref reader, JsonTokenType.StartArray);
                        suggested = Actions(ref reader, body, suggested);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (!isMessage)
        {
            return null;
        }

        // The buttons of cards come first, then the suggested actions.
        if (suggested is not null)
        {
            (choices ??= new List<OfferedChoice>(suggested.Count)).AddRange(suggested);
        }

        return new BotMessage(card.Length == 0 ? text : card.Insert(0, text).ToString(), choices ?? (IReadOnlyList<OfferedChoice>)NoChoices, isCard);
    }

    /// <returns>Whether the attachment has a content object (a card).</returns>
    private static bool Attachment(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, StringBuilder card, ref List<OfferedChoice>? choices)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var isCard = false;
        while (NextProperty(ref reader))
        {
            var isContent = reader.ValueTextEquals("content"u8);
            reader.Read();
            if (!isContent || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            isCard = true;
            List<OfferedChoice>? buttons = null;
            List<OfferedChoice>? actions = null;
            while (NextProperty(ref reader))
            {
                if (IsCardTextKey(ref reader))
                {
                    reader.Read();
                    Flatten(ref reader, card);
                }
                else if (reader.ValueTextEquals("buttons"u8))
                {
                    reader.Read();
                    buttons = reader.TokenType == JsonTokenType.StartArray ? Actions(ref reader, body, buttons) : SkipValue(ref reader, buttons);
                }
                else if (reader.ValueTextEquals("actions"u8))
                {
                    reader.Read();
                    actions = reader.TokenType == JsonTokenType.StartArray ? Actions(ref reader, body, actions) : SkipValue(ref reader, actions);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // A hero card's buttons, then an Adaptive Card's actions, whatever their order in the content.
            foreach (var list in (ReadOnlySpan<List<OfferedChoice>?>)[buttons, actions])
            {
                if (list is not null)
                {
                    (choices ??= new List<OfferedChoice>(list.Count)).AddRange(list);
                }
            }
        }

        return isCard;
    }

    private static List<OfferedChoice>? SkipValue(ref Utf8JsonReader reader, List<OfferedChoice>? list)
    {
        reader.Skip();
        return list;
    }

    /// <summary>Reads an array of card actions; the ones no client can press (openUrl...) are left out.</summary>
    private static List<OfferedChoice>? Actions(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<OfferedChoice>? into)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Choice(ref reader, body) is { } choice)
            {
                (into ??= new List<OfferedChoice>(4)).Add(choice);
            }
        }

        return into;
    }

    /// <summary>Card text for the script (titles, texts, fact values), in document order.</summary>
    private static void Flatten(ref Utf8JsonReader reader, StringBuilder text)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (NextProperty(ref reader))
                {
                    var wanted = IsCardTextKey(ref reader);
                    reader.Read();
                    if (wanted)
                    {
                        Flatten(ref reader, text);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Flatten(ref reader, text);
                }

                break;
            case JsonTokenType.String:
                text.Append('\n');
                AppendString(ref reader, text);
                break;
        }
    }

    private static bool IsCardTextKey(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("title"u8) || reader.ValueTextEquals("subtitle"u8) || reader.ValueTextEquals("text"u8)
        || reader.ValueTextEquals("value"u8) || reader.ValueTextEquals("body"u8) || reader.ValueTextEquals("facts"u8)
        || reader.ValueTextEquals("items"u8) || reader.ValueTextEquals("columns"u8);

    /// <summary>One card action: its choice id, its title, and what pressing it sends (imBack the value as text,
    /// messageBack its text and value, postBack its value, Action.Submit its data; values kept as raw JSON).</summary>
    private static OfferedChoice? Choice(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var type = ActionType.Other;
        var title = "";
        var text = default(JsonStringField);
        var value = default(RawValue);
        var data = default(RawValue);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.TokenType != JsonTokenType.String ? ActionType.Other
                    : reader.ValueTextEquals("imBack"u8) ? ActionType.ImBack
                    : reader.ValueTextEquals("messageBack"u8) ? ActionType.MessageBack
                    : reader.ValueTextEquals("postBack"u8) ? ActionType.PostBack
                    : reader.ValueTextEquals("Action.Submit"u8) ? ActionType.Submit
                    : ActionType.Other;
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                title = StringOrEmpty(ref reader);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = JsonStringField.Read(ref reader);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = RawValue.Read(ref reader);
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                data = RawValue.Read(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // The value if there is one, else the data (Action.Submit).
        var pressed = value.Present ? value : data;
        var id = pressed.Kind == JsonTokenType.StartObject ? ChoiceId(pressed.Slice(body)) : null;
        var press = type switch
        {
            ActionType.ImBack => new CardActionPress(pressed.Kind == JsonTokenType.String ? pressed.Text : title, null),
            ActionType.MessageBack => new CardActionPress(text.Get(), pressed.Raw(body)),
            ActionType.PostBack => new CardActionPress(pressed.Kind == JsonTokenType.String ? pressed.Text : null, pressed.Raw(body)),
            ActionType.Submit => new CardActionPress(null, pressed.Raw(body)),
            _ => null,
        };
        if (press is null)
        {
            return null;
        }

        return new OfferedChoice(id ?? (pressed.Kind == JsonTokenType.String ? Slug(pressed.Text) : Slug(title)), title, press);
    }

    /// <summary>The choice id a value object carries: <c>choice</c>, else <c>choiceId</c>, else <c>id</c>.</summary>
    private static string? ChoiceId(ReadOnlySpan<byte> valueObject)
    {
        var reader = new Utf8JsonReader(valueObject);
        reader.Read();
        JsonStringField choice = default, choiceId = default, id = default;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("choice"u8))
            {
                reader.Read();
                choice = JsonStringField.Read(ref reader);
            }
            else if (reader.ValueTextEquals("choiceId"u8))
            {
                reader.Read();
                choiceId = JsonStringField.Read(ref reader);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = JsonStringField.Read(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return choice.Present ? choice.Get() : choiceId.Present ? choiceId.Get() : id.Present ? id.Get() : null;
    }

    private static string? Slug(string? label) =>
        label is null ? null : string.Join("_", label.ToLowerInvariant().Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Appends a string value without making a string of it first.</summary>
    private static void AppendString(ref Utf8JsonReader reader, StringBuilder text)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        char[]? rented = null;
        Span<char> chars = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        var written = reader.CopyString(chars);
        text.Append(chars[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private enum ActionType
    {
        Other,
        ImBack,
        MessageBack,
        PostBack,
        Submit,
    }

    /// <summary>Where a value lies in the body (to keep its raw JSON), its kind, and its text when it is a string.</summary>
    private readonly record struct RawValue(bool Present, JsonTokenType Kind, int Start, int End, string? Text)
    {
        public static RawValue Read(ref Utf8JsonReader reader)
        {
            var start = checked((int)reader.TokenStartIndex);
            var kind = reader.TokenType;
            var text = kind == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
            return new RawValue(true, kind, start, checked((int)reader.BytesConsumed), text);
        }

        public ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> body) => body[Start..End];

        /// <summary>The value's JSON exactly as the bot wrote it, or null when there is none.</summary>
        public string? Raw(ReadOnlySpan<byte> body) => Present ? Encoding.UTF8.GetString(body[Start..End]) : null;
    }
}
