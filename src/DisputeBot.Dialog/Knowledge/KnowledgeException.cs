namespace DisputeBot.Dialog.Knowledge;

/// <summary>dialogs/ is missing or invalid. The message names the file and the entry, so start-up fails with one clear line.</summary>
public sealed class KnowledgeException : Exception
{
    public KnowledgeException()
        : base("The dialog knowledge (dialogs/) is invalid.")
    {
    }

    public KnowledgeException(string message)
        : base(message)
    {
    }

    public KnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
