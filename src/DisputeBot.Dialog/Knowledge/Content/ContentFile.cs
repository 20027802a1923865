using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>
/// One YAML file of dialogs/, read into a <see cref="ContentNode"/> tree. Reads parser events rather than a
/// document model so that a repeated key is an error with its line, not a silent overwrite.
/// Errors read "{file}: {entry}: {problem} (line N)", the same shape as rules.yaml's.
/// </summary>
internal sealed class ContentFile
{
    private ContentFile(string name, ContentNode root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>How messages name the file: its path with forward slashes.</summary>
    public string Name { get; }

    public ContentNode Root { get; }

    public static ContentFile Read(string path)
    {
        var name = path.Replace('\\', '/');
        if (!File.Exists(path))
        {
            throw new KnowledgeException($"{name}: the file is missing");
        }

        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeException($"{name}: cannot be read: {e.Message}", e);
        }

        return Parse(yaml, name);
    }

    public static ContentFile Parse(string yaml, string name)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var anchors = new Dictionary<string, ContentNode>(StringComparer.Ordinal);
            Expect<StreamStart>(parser, name);
            if (Peek<StreamEnd>(parser))
            {
                throw new KnowledgeException($"{name}: the file is empty");
            }

            Expect<DocumentStart>(parser, name);
            var root = ReadNode(parser, name, anchors);
            Expect<DocumentEnd>(parser, name);
            if (!Peek<StreamEnd>(parser))
            {
                throw new KnowledgeException($"{name}: holds more than one YAML document (a second '---'); expected one");
            }

            if (root is ContentText { IsNull: true })
            {
                throw new KnowledgeException($"{name}: the file is empty");
            }

            return new ContentFile(name, root);
        }
        catch (YamlException e)
        {
            throw new KnowledgeException(
                $"{name}: not valid YAML at line {Text(e.Start.Line)}, column {Text(e.Start.Column)}: {Innermost(e).Message}", e);
        }
    }

    public KnowledgeException Error(string entry, string problem, ContentNode at) =>
        new($"{Name}: {entry}: {problem} (line {Text(at.Line)})");

    public KnowledgeException Error(string problem, ContentNode at) =>
        new($"{Name}: {problem} (line {Text(at.Line)})");

    private static ContentNode ReadNode(IParser parser, string name, Dictionary<string, ContentNode> anchors)
    {
        var current = parser.Current ?? throw new KnowledgeException($"{name}: ends too early");
        var line = ToLine(current.Start.Line);
        ContentNode node;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new KnowledgeException($"{name}: unknown alias '*{alias.Value.Value}' (line {Text(line)})");

            case Scalar scalar:
                parser.MoveNext();
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                node = new ContentText(line, scalar.Value, isNull);
                Remember(scalar, node, anchors);
                return node;

            case SequenceStart start:
                parser.MoveNext();
                var items = new List<ContentNode>();
                while (!Peek<SequenceEnd>(parser))
                {
                    items.Add(ReadNode(parser, name, anchors));
                }

                parser.MoveNext();
                node = new ContentList(line, items);
                Remember(start, node, anchors);
                return node;

            case MappingStart start:
                parser.MoveNext();
                var entries = new List<KeyValuePair<ContentText, ContentNode>>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (!Peek<MappingEnd>(parser))
                {
                    if (ReadNode(parser, name, anchors) is not ContentText key || key.IsNull)
                    {
                        throw new KnowledgeException($"{name}: a key must be a plain name (line {Text(line)})");
                    }

                    if (!seen.TryAdd(key.Value, key.Line))
                    {
                        throw new KnowledgeException(
                            $"{name}: the key '{key.Value}' is written twice (lines {Text(seen[key.Value])} and {Text(key.Line)})");
                    }

                    entries.Add(new(key, ReadNode(parser, name, anchors)));
                }

                parser.MoveNext();
                node = new ContentMap(line, entries);
                Remember(start, node, anchors);
                return node;

            default:
                throw new KnowledgeException($"{name}: unexpected {current.GetType().Name} (line {Text(line)})");
        }
    }

    private static void Remember(NodeEvent node, ContentNode content, Dictionary<string, ContentNode> anchors)
    {
        if (!node.Anchor.IsEmpty)
        {
            anchors[node.Anchor.Value] = content;
        }
    }

    private static bool Peek<T>(IParser parser)
        where T : ParsingEvent => parser.Current is T;

    private static void Expect<T>(IParser parser, string name)
        where T : ParsingEvent
    {
        if (parser.Current is null && !parser.MoveNext())
        {
            throw new KnowledgeException($"{name}: ends too early");
        }

        if (parser.Current is not T)
        {
            throw new KnowledgeException(
                $"{name}: unexpected {parser.Current?.GetType().Name} (line {Text(ToLine(parser.Current?.Start.Line ?? 0))})");
        }

        parser.MoveNext();
    }

    private static int ToLine(long line) => line > int.MaxValue ? int.MaxValue : (int)line;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
