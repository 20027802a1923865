namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>
/// Reads the fields of one entry (a category, a question, a warning) and turns every mistake into an error naming
/// the file, the entry and the line: unknown fields, missing ones, wrong shapes, empty texts.
/// </summary>
internal sealed class Fields
{
    private readonly ContentFile _file;
    private readonly ContentMap _map;

    private Fields(ContentFile file, string entry, ContentMap map)
    {
        _file = file;
        Entry = entry;
        _map = map;
    }

    /// <summary>How messages name the entry: "category 'damaged'", "question #3".</summary>
    public string Entry { get; }

    public int Line => _map.Line;

    /// <summary>Checks the node is a map whose fields are all known, and names it by its id when it has one.</summary>
    /// <param name="kind">"category", "question"...</param>
    /// <param name="position">1-based position in its list, for entries without a readable id.</param>
    public static Fields Open(ContentFile file, ContentNode node, string kind, int position, IReadOnlyList<string> allowed)
    {
        var fallback = $"{kind} #{position}";
        if (node is not ContentMap map)
        {
            throw file.Error(fallback, $"expected the fields {string.Join(", ", allowed)}, found {node.Kind}", node);
        }

        var entry = map["id"] is ContentText { IsNull: false } id && !string.IsNullOrWhiteSpace(id.Value)
            ? $"{kind} '{id.Value.Trim()}'"
            : fallback;
        return ForMap(file, entry, map, allowed);
    }

    /// <summary>For a map that is not a list entry (a whole file, a nested item).</summary>
    public static Fields ForMap(ContentFile file, string entry, ContentMap map, IReadOnlyList<string> allowed)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                throw file.Error(entry, $"unknown field '{key.Value}'; the fields are {string.Join(", ", allowed)}", key);
            }
        }

        return new Fields(file, entry, map);
    }

    public KnowledgeException Error(string problem, ContentNode? at = null) => _file.Error(Entry, problem, at ?? _map);

    public bool Has(string field) => _map[field] is not null;

    public ContentNode Node(string field) =>
        _map[field] ?? throw Error($"the field '{field}' is missing");

    /// <summary>A required, non-empty text, trimmed; folded (&gt;-) texts come as one line.</summary>
    public string Text(string field)
    {
        var node = Node(field);
        if (node is not ContentText text || text.IsNull)
        {
            throw Error($"'{field}' must be a text, found {node.Kind}", node);
        }

        var value = text.Value.Trim();
        return value.Length == 0 ? throw Error($"'{field}' is empty", node) : value;
    }

    /// <summary>An id: 1 to <paramref name="maxLength"/> characters of a-z, 0-9 and _.</summary>
    public string Id(int maxLength)
    {
        var id = Text("id");
        if (!ContentChecks.IsId(id, maxLength))
        {
            throw Error($"'id' must be 1 to {maxLength} characters of a-z, 0-9 and _, not '{id}'", Node("id"));
        }

        return id;
    }

    public ContentList List(string field, bool allowEmpty)
    {
        var node = Node(field);
        if (node is ContentText { IsNull: true } && allowEmpty)
        {
            return new ContentList(node.Line, []);
        }

        if (node is not ContentList list)
        {
            throw Error($"'{field}' must be a list, found {node.Kind}", node);
        }

        return !allowEmpty && list.Items.Count == 0 ? throw Error($"'{field}' is empty", node) : list;
    }

    /// <summary>A required list of non-empty texts, without repeats (compared ignoring case).</summary>
    public string[] Texts(string field, bool allowEmpty = false)
    {
        var list = List(field, allowEmpty);
        var values = new string[list.Items.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Length; i++)
        {
            var item = list.Items[i];
            if (item is not ContentText text || text.IsNull || string.IsNullOrWhiteSpace(text.Value))
            {
                throw Error($"'{field}' item {i + 1} must be a non-empty text, found {item.Kind}", item);
            }

            values[i] = text.Value.Trim();
            if (!seen.Add(values[i]))
            {
                throw Error($"'{field}' lists '{values[i]}' twice", item);
            }
        }

        return values;
    }

    /// <summary>Cues: a non-empty list of phrases, each with at least one letter or digit.</summary>
    public string[] Cues(string field = "cues", bool allowEmpty = false)
    {
        var cues = Texts(field, allowEmpty);
        var list = Node(field) as ContentList;
        for (var i = 0; i < cues.Length; i++)
        {
            if (!cues[i].Any(char.IsLetterOrDigit))
            {
                throw Error($"'{field}' item {i + 1} ('{cues[i]}') has no words", list?.Items[i]);
            }

            if (cues[i].Length > ContentChecks.MaxCueLength)
            {
                throw Error($"'{field}' item {i + 1} is longer than {ContentChecks.MaxCueLength} characters; cues are short phrases", list?.Items[i]);
            }
        }

        return cues;
    }
}
