namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Reads {language}/faq.yaml.</summary>
internal static class FaqReader
{
    public const string FileName = "faq.yaml";
    public const int MaxIdLength = 32;

    private static readonly string[] EntryFields = ["id", "question", "cues", "answer"];

    public static IReadOnlyList<FaqEntry> Read(ContentFile file, RuleBook rules)
    {
        var list = RootList.Of(file, "faq");
        var entries = new List<FaqEntry>(list.Items.Count);
        var ids = new RootList.UniqueIds(file, "question");
        for (var i = 0; i < list.Items.Count; i++)
        {
            var entry = Fields.Open(file, list.Items[i], "question", i + 1, EntryFields);
            var id = entry.Id(MaxIdLength);
            ids.Add(entry, id);
            var question = entry.Text("question");
            var cues = entry.Cues();
            var answer = entry.Text("answer");
            ContentChecks.CheckPlaceholders(entry, "question", question, rules, []);
            ContentChecks.CheckPlaceholders(entry, "answer", answer, rules, []);
            ContentChecks.CheckPlain(entry, "question", question);
            ContentChecks.CheckPlain(entry, "answer", answer);
            entries.Add(new FaqEntry(id, question, cues, answer));
        }

        return entries;
    }
}
