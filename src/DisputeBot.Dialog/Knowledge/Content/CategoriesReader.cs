using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Reads {language}/categories.yaml.</summary>
internal static class CategoriesReader
{
    public const string FileName = "categories.yaml";
    public const int MaxIdLength = 32;
    public const int MaxItemIdLength = 24;
    public const int MaxLabelLength = 30;

    private static readonly string[] CategoryFields = ["id", "group", "label", "form_reason", "cues", "checklist", "description", "advice"];
    private static readonly string[] ItemFields = ["id", "text", "files", "cues"];

    public static IReadOnlyList<ProblemCategory> Read(ContentFile file, RuleBook rules)
    {
        var list = RootList.Of(file, "categories");
        var categories = new List<ProblemCategory>(list.Items.Count);
        var ids = new RootList.UniqueIds(file, "category");
        for (var i = 0; i < list.Items.Count; i++)
        {
            var entry = Fields.Open(file, list.Items[i], "category", i + 1, CategoryFields);
            var id = entry.Id(MaxIdLength);
            ids.Add(entry, id);
            categories.Add(ReadCategory(file, entry, id, rules));
        }

        return categories;
    }

    private static ProblemCategory ReadCategory(ContentFile file, Fields entry, string id, RuleBook rules)
    {
        var groupText = entry.Text("group");
        var group = groupText switch
        {
            "not_received" => ArrivalGroup.NotReceived,
            "received" => ArrivalGroup.Received,
            _ => throw entry.Error($"'group' must be not_received or received, not '{groupText}'", entry.Node("group")),
        };

        var label = entry.Text("label");
        if (label.Length > MaxLabelLength)
        {
            throw entry.Error($"'label' is {label.Length} characters; buttons take at most {MaxLabelLength}", entry.Node("label"));
        }

        var formReason = entry.Text("form_reason");
        var cues = entry.Cues();
        var checklist = ReadChecklist(file, entry, rules);

        var description = entry.Text("description");
        ContentChecks.CheckPlaceholders(entry, "description", description, rules, DescriptionTemplate.Placeholders);
        CheckOptionalParts(entry, description);
        var advice = entry.Text("advice");
        ContentChecks.CheckPlaceholders(entry, "advice", advice, rules, []);

        foreach (var (field, text) in new[] { ("label", label), ("form_reason", formReason), ("description", description), ("advice", advice) })
        {
            ContentChecks.CheckPlain(entry, field, text);
        }

        return new ProblemCategory(id, group, label, formReason, cues, checklist, description, advice);
    }

    private static EvidenceItem[] ReadChecklist(ContentFile file, Fields category, RuleBook rules)
    {
        if (!category.Has("checklist"))
        {
            throw category.Error("has no 'checklist'; every category needs the evidence that wins it");
        }

        var list = category.List("checklist", allowEmpty: false);
        var items = new EvidenceItem[list.Items.Count];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var node = list.Items[i];
            if (node is not ContentMap map)
            {
                throw category.Error($"checklist item {i + 1} must have the fields {string.Join(", ", ItemFields)}, found {node.Kind}", node);
            }

            var itemName = map["id"] is ContentText { IsNull: false } idText ? $"'{idText.Value.Trim()}'" : $"#{i + 1}";
            var item = Fields.ForMap(file, $"{category.Entry}, checklist item {itemName}", map, ItemFields);
            var id = item.Id(MaxItemIdLength);
            if (!ids.TryAdd(id, map.Line))
            {
                throw item.Error("the id is used twice in this checklist", item.Node("id"));
            }

            var text = item.Text("text");
            ContentChecks.CheckPlaceholders(item, "text", text, rules, []);
            ContentChecks.CheckPlain(item, "text", text);
            var files = ReadFileKinds(item);
            var cues = item.Has("cues") ? item.Cues() : [];
            items[i] = new EvidenceItem(id, text, files) { Cues = cues };
        }

        return items;
    }

    private static EvidenceFileKind[] ReadFileKinds(Fields item)
    {
        var names = item.Texts("files", allowEmpty: true);
        var kinds = new EvidenceFileKind[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            kinds[i] = names[i] switch
            {
                "photo" => EvidenceFileKind.Photo,
                "video" => EvidenceFileKind.Video,
                "document" => EvidenceFileKind.Document,
                _ => throw item.Error($"'files' lists '{names[i]}'; the file kinds are photo, video and document", item.Node("files")),
            };
        }

        return kinds;
    }

    /// <summary>[Optional parts] must close, not nest, and hold a placeholder (else they would always show).</summary>
    private static void CheckOptionalParts(Fields entry, string description)
    {
        var open = -1;
        for (var i = 0; i < description.Length; i++)
        {
            switch (description[i])
            {
                case '[' when open >= 0:
                    throw entry.Error("'description': a '[' inside another [optional part]", entry.Node("description"));
                case '[':
                    open = i;
                    break;
                case ']' when open < 0:
                    throw entry.Error("'description': a ']' without its '['", entry.Node("description"));
                case ']':
                    if (description.IndexOf('{', open, i - open) < 0)
                    {
                        throw entry.Error("'description': an [optional part] without a placeholder would always show; remove the brackets", entry.Node("description"));
                    }

                    open = -1;
                    break;
            }
        }

        if (open >= 0)
        {
            throw entry.Error("'description': a '[' without its ']'", entry.Node("description"));
        }
    }
}
