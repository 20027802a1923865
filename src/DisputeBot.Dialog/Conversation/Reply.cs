namespace DisputeBot.Dialog.Conversation;

/// <summary>What the bot says, channel-neutral. Texts are plain (no markup); each channel escapes and styles them.</summary>
public abstract record Reply;

/// <summary>A plain message. <see cref="Tone"/> lets a channel mark warnings.</summary>
public sealed record TextReply(string Text, ReplyTone Tone = ReplyTone.Normal) : Reply;

/// <summary>A question with buttons. The user may also answer in words.</summary>
/// <param name="PromptId">Increases with every question asked in a conversation; channels that can carry it
/// send it back with the press (<see cref="ChoiceInput.PromptId"/>).</param>
public sealed record ChoicesReply(string Text, IReadOnlyList<ReplyChoice> Choices, int PromptId) : Reply;

/// <summary>A button: <see cref="Id"/> is short ASCII ([a-z0-9_], at most 40 bytes) so channels can pack it.</summary>
public sealed record ReplyChoice(string Id, string Label);

/// <summary>An evidence checklist with progress.</summary>
public sealed record ChecklistReply(string Title, IReadOnlyList<ChecklistLine> Lines, string? Footer) : Reply;

public sealed record ChecklistLine(string Id, string Text, bool Done);

/// <summary>A card of headed sections (the dispute summary, the deadlines).</summary>
public sealed record CardReply(string Title, IReadOnlyList<CardSection> Sections) : Reply;

/// <summary>One section of a card. <see cref="Copyable"/> marks text meant to be pasted elsewhere as is.</summary>
public sealed record CardSection(string Heading, IReadOnlyList<string> Lines, bool Copyable = false);

/// <summary>A file for the buyer to keep (the deadlines as a calendar file) with a line saying what it is. Each channel
/// delivers it its own way: a Telegram document, a Bot Framework attachment, a download, a file on disk.</summary>
/// <param name="Content">The file's bytes, made once by the dialog (e.g. <c>Reports.DeadlineCalendar</c>).</param>
public sealed record FileReply(string Caption, string FileName, string MediaType, byte[] Content) : Reply;

/// <summary>For the person who takes over, not shown to the buyer: the channel hands the conversation over its own
/// way (a post in the support group, a Bot Framework handoff event, a webhook).</summary>
public sealed record HandoffReply(HandoffRequest Request) : Reply;

/// <summary>For the person who took the conversation over, not shown to the buyer: the buyer's words during a
/// handoff, or a note that the buyer went back to the bot.</summary>
public sealed record RelayReply(string Text) : Reply;

public enum ReplyTone
{
    Normal,
    Warning,
}
