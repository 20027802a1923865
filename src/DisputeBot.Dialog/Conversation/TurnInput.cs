namespace DisputeBot.Dialog.Conversation;

/// <summary>What the user did in a turn. Channels map their own events onto these few kinds.</summary>
public abstract record TurnInput;

/// <summary>Typed text, including commands such as "/start".</summary>
public sealed record TextInput(string Text) : TurnInput;

/// <summary>A press on a button the bot offered.</summary>
/// <param name="ChoiceId">The <see cref="ReplyChoice.Id"/> pressed.</param>
/// <param name="PromptId">The <see cref="ChoicesReply.PromptId"/> the button belonged to, when the channel can carry it
/// (lets the dialog recognise a press on an old keyboard).</param>
public sealed record ChoiceInput(string ChoiceId, int? PromptId) : TurnInput;

/// <summary>Files the user sent in chat: photos, videos, documents.</summary>
public sealed record AttachmentInput(IReadOnlyList<EvidenceFile> Files, string? Caption) : TurnInput;

/// <summary>The conversation was opened (a member added, a web chat started) before the user said anything.</summary>
public sealed record ConversationStartedInput : TurnInput;

/// <summary>The person who took the conversation over (a support agent) wrote to the buyer.</summary>
public sealed record AgentMessageInput(string Text) : TurnInput;

/// <summary>The person closed the case, or the handoff failed: the bot takes the conversation back.</summary>
public sealed record HandoffEndedInput(bool Failed = false) : TurnInput;

/// <summary>The host's reminder schedule says a reminder of this conversation is due (no user action).</summary>
public sealed record RemindersDueInput : TurnInput;

/// <summary>One file the user sent. Sizes and names are as the channel reported them (any may be unknown).</summary>
public sealed record EvidenceFile(EvidenceFileKind Kind, string? FileName, string? MediaType, long? SizeBytes);

public enum EvidenceFileKind
{
    Photo,
    Video,
    Document,
}
