namespace DisputeBot.Dialog.Knowledge;

/// <summary>Reads and validates dialogs/rules.yaml.</summary>
public static class RuleBookLoader
{
    public static RuleBook Load(string file) => throw new NotImplementedException(file);
}
