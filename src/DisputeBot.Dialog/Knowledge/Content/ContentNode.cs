namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>A node of a content file as written: text, list or map, with the line it starts on (for messages).</summary>
internal abstract class ContentNode(int line)
{
    public int Line { get; } = line;

    /// <summary>How a message names the kind of node the file has here ("a list", "a text").</summary>
    public abstract string Kind { get; }
}

/// <summary>A scalar. <see cref="IsNull"/> for YAML's empty value, <c>~</c> and <c>null</c> written plain.</summary>
internal sealed class ContentText(int line, string value, bool isNull) : ContentNode(line)
{
    public string Value { get; } = value;

    public bool IsNull { get; } = isNull;

    public override string Kind => IsNull ? "nothing" : "a text";
}

internal sealed class ContentList(int line, IReadOnlyList<ContentNode> items) : ContentNode(line)
{
    public IReadOnlyList<ContentNode> Items { get; } = items;

    public override string Kind => "a list";
}

/// <summary>A mapping; keys are unique (the reader rejects a repeated key) and kept in file order.</summary>
internal sealed class ContentMap(int line, IReadOnlyList<KeyValuePair<ContentText, ContentNode>> entries) : ContentNode(line)
{
    public IReadOnlyList<KeyValuePair<ContentText, ContentNode>> Entries { get; } = entries;

    public override string Kind => "a map of fields";

    public ContentNode? this[string key]
    {
        get
        {
            foreach (var (k, v) in Entries)
            {
                if (string.Equals(k.Value, key, StringComparison.Ordinal))
                {
                    return v;
                }
            }

            return null;
        }
    }
}
