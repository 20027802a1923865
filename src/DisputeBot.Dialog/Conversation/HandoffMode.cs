namespace DisputeBot.Dialog.Conversation;

/// <summary>How a person can take a conversation over, as the host is configured for its channel. The dialog only
/// reads it; it never asks which channel it is on.</summary>
public enum HandoffMode
{
    /// <summary>Nobody is configured: the bot says where to get human help instead (AliExpress's own support).</summary>
    None,

    /// <summary>The case is passed on (a webhook) but no person can answer in this chat: the bot carries on.</summary>
    Notify,

    /// <summary>A person can answer in this chat (a support group, a contact centre): the bot stays quiet until they
    /// close the case or the buyer types /bot.</summary>
    Live,
}
