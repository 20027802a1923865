using System.Text.Json;
using System.Text.Json.Serialization;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>
/// Reads and writes the dialog's state inside a stored record with the dialog's own serializer context: the state's
/// setters are internal to the dialog, so only code generated in its assembly can set them.
/// </summary>
internal sealed class DialogStateJsonConverter : JsonConverter<DialogState>
{
    public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, DialogJsonContext.Default.DialogState)
        ?? throw new JsonException("The dialog state is missing.");

    public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, DialogJsonContext.Default.DialogState);
}
