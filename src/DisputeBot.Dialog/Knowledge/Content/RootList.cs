namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Files holding one list under one top-level key ("categories:", "faq:", "warnings:").</summary>
internal static class RootList
{
    public static ContentList Of(ContentFile file, string key)
    {
        if (file.Root is not ContentMap root)
        {
            throw file.Error($"expected '{key}:' at the top, found {file.Root.Kind}", file.Root);
        }

        foreach (var (name, _) in root.Entries)
        {
            if (name.Value != key)
            {
                throw file.Error($"unknown top-level field '{name.Value}'; only '{key}' is allowed", name);
            }
        }

        var node = root[key] ?? throw file.Error($"'{key}:' is missing", root);
        if (node is not ContentList list)
        {
            throw file.Error($"'{key}' must be a list, found {node.Kind}", node);
        }

        return list.Items.Count == 0 ? throw file.Error($"'{key}' is empty", node) : list;
    }

    /// <summary>Throws when an id repeats in a list of entries.</summary>
    public sealed class UniqueIds(ContentFile file, string kind)
    {
        private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

        public void Add(Fields entry, string id)
        {
            if (!_lines.TryAdd(id, entry.Line))
            {
                throw file.Error(
                    $"{kind} '{id}'",
                    $"the id is used twice (lines {_lines[id].ToString(System.Globalization.CultureInfo.InvariantCulture)} and {entry.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
                    entry.Node("id"));
            }
        }
    }
}
