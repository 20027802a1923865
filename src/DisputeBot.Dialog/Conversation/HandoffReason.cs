namespace DisputeBot.Dialog.Conversation;

/// <summary>Why the buyer is handed to a person.</summary>
public enum HandoffReason
{
    /// <summary>The buyer asked ("talk to a person", /human).</summary>
    Asked,

    /// <summary>The bot failed to understand several messages in a row and the buyer took the offer.</summary>
    NotUnderstood,
}
