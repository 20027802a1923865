namespace DisputeBot.Turns;

/// <summary>Identifies one conversation across channels. Ids are kept exactly as the channel gave them
/// (Teams ids contain ':', ';', '@'); stores escape them.</summary>
public readonly record struct ConversationKey(string Channel, string ConversationId)
{
    public override string ToString() => $"{Channel}/{ConversationId}";
}
