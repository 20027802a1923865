namespace DisputeBot.Channels.BotFramework.Rendering;

/// <summary>One block of a Markdown message: the unit a long message is split between.</summary>
/// <param name="Lines">Paragraph and list lines are Markdown already (escaped); code lines are raw text.</param>
public sealed record MarkdownBlock(MarkdownBlockKind Kind, IReadOnlyList<string> Lines);

public enum MarkdownBlockKind
{
    /// <summary>Lines shown one under another.</summary>
    Paragraph,

    /// <summary>Bullet items.</summary>
    List,

    /// <summary>Text to copy as is, in a code block.</summary>
    Code,
}
