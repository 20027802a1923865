namespace DisputeBot.Dialog.Knowledge;

/// <summary>Reads and validates dialogs/. An invalid file stops start-up with one message naming file and entry.</summary>
public static class KnowledgeLoader
{
    public static KnowledgeBase Load(string directory) => throw new NotImplementedException(directory);
}
