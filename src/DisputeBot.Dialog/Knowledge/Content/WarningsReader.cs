namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Reads {language}/warnings.yaml.</summary>
internal static class WarningsReader
{
    public const string FileName = "warnings.yaml";
    public const int MaxIdLength = 32;

    private static readonly string[] EntryFields = ["id", "cues", "text"];

    public static IReadOnlyList<TrapWarning> Read(ContentFile file, RuleBook rules)
    {
        var list = RootList.Of(file, "warnings");
        var warnings = new List<TrapWarning>(list.Items.Count);
        var ids = new RootList.UniqueIds(file, "warning");
        for (var i = 0; i < list.Items.Count; i++)
        {
            var entry = Fields.Open(file, list.Items[i], "warning", i + 1, EntryFields);
            var id = entry.Id(MaxIdLength);
            ids.Add(entry, id);
            var cues = entry.Cues();
            var text = entry.Text("text");
            ContentChecks.CheckPlaceholders(entry, "text", text, rules, []);
            ContentChecks.CheckPlain(entry, "text", text);
            warnings.Add(new TrapWarning(id, cues, text));
        }

        return warnings;
    }
}
