using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using TokenScalar = YamlDotNet.Core.Tokens.Scalar;

namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>
/// One YAML file of dialogs/, read into a <see cref="ContentNode"/> tree. Errors read
/// "{file}: {entry}: {problem} (line N)", the same shape as rules.yaml's.
/// </summary>
/// <remarks>
/// Builds the tree from YamlDotNet's scanner tokens rather than its parser: a repeated key is an error with its
/// line instead of a silent overwrite, and start-up skips the parser's first-document set-up (it compiles a regular
/// expression for tag directives, about 25 ms of a cold start). Content needs no tags or directives, so they are
/// rejected with a clear message.
/// </remarks>
internal sealed class ContentFile
{
    private static readonly string[] NullWords = ["~", "null", "Null", "NULL"];

    private readonly Scanner _scanner;
    private readonly Dictionary<string, ContentNode> _anchors = new(StringComparer.Ordinal);
    private Token _current = null!;
    private int _lastLine = 1;

    private ContentFile(string name, Scanner scanner)
    {
        Name = name;
        _scanner = scanner;
        Root = null!;
    }

    /// <summary>How messages name the file: its path with forward slashes.</summary>
    public string Name { get; }

    public ContentNode Root { get; private set; }

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
        var file = new ContentFile(name, new Scanner(new StringReader(yaml), skipComments: true));
        try
        {
            file.Root = file.ReadStream();
            return file;
        }
        catch (YamlException e)
        {
            throw new KnowledgeException(
                $"{name}: not valid YAML at line {Text(e.Start.Line)}, column {Text(e.Start.Column)}: {Innermost(e).Message}", e);
        }
        catch (Exception e) when (e is not KnowledgeException)
        {
            // The scanner fails on some broken input with a bare exception; the file is still what is wrong.
            throw new KnowledgeException($"{name}: not valid YAML after line {Text(file._lastLine)}: check quotes and brackets", e);
        }
    }

    public KnowledgeException Error(string entry, string problem, ContentNode at) =>
        new($"{Name}: {entry}: {problem} (line {Text(at.Line)})");

    public KnowledgeException Error(string problem, ContentNode at) =>
        new($"{Name}: {problem} (line {Text(at.Line)})");

    private ContentNode ReadStream()
    {
        Advance();
        Expect<StreamStart>("the start of the file");
        Advance();
        if (_current is VersionDirective or TagDirective)
        {
            throw Unexpected("a % directive; content files need none");
        }

        if (_current is StreamEnd)
        {
            throw new KnowledgeException($"{Name}: the file is empty");
        }

        if (_current is DocumentStart)
        {
            Advance();
        }

        var root = _current is DocumentEnd or StreamEnd or DocumentStart
            ? new ContentText(Line(_current), string.Empty, isNull: true)
            : ReadNode();
        if (_current is DocumentEnd)
        {
            Advance();
        }

        if (_current is DocumentStart)
        {
            throw new KnowledgeException($"{Name}: holds more than one YAML document (a second '---'); expected one");
        }

        Expect<StreamEnd>("the end of the file");
        return root is ContentText { IsNull: true } ? throw new KnowledgeException($"{Name}: the file is empty") : root;
    }

    private ContentNode ReadNode()
    {
        var line = Line(_current);
        if (_current is AnchorAlias alias)
        {
            Advance();
            return _anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new KnowledgeException($"{Name}: unknown alias '*{alias.Value.Value}' (line {Text(line)})");
        }

        string? anchor = null;
        if (_current is Anchor named)
        {
            anchor = named.Value.Value;
            Advance();
        }

        if (_current is Tag)
        {
            throw Unexpected("a !tag; write plain values");
        }

        ContentNode node = _current switch
        {
            TokenScalar scalar => ReadScalar(scalar, line),
            BlockSequenceStart => ReadBlockSequence(line),
            BlockMappingStart => ReadBlockMapping(line),
            FlowSequenceStart => ReadFlowSequence(line),
            FlowMappingStart => ReadFlowMapping(line),
            _ when anchor is not null => new ContentText(line, string.Empty, isNull: true),
            _ => throw Unexpected(Describe(_current)),
        };

        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        return node;
    }

    private ContentText ReadScalar(TokenScalar scalar, int line)
    {
        Advance();
        var isNull = scalar.Style == ScalarStyle.Plain && (scalar.Value.Length == 0 || NullWords.Contains(scalar.Value));
        return new ContentText(line, scalar.Value, isNull);
    }

    private ContentList ReadBlockSequence(int line)
    {
        Advance();
        var items = ReadEntries(line);
        Expect<BlockEnd>("the end of a list");
        Advance();
        return new ContentList(line, items);
    }

    /// <summary>"- item" entries; also the list written at the same indentation as its key ("key:\n- a").</summary>
    private List<ContentNode> ReadEntries(int line)
    {
        var items = new List<ContentNode>();
        while (_current is BlockEntry)
        {
            var entryLine = Line(_current);
            Advance();
            items.Add(_current is BlockEntry or BlockEnd or Key or Value
                ? new ContentText(entryLine, string.Empty, isNull: true)
                : ReadNode());
        }

        return items.Count > 0 ? items : throw new KnowledgeException($"{Name}: an empty list (line {Text(line)})");
    }

    private ContentMap ReadBlockMapping(int line)
    {
        Advance();
        var entries = new List<KeyValuePair<ContentText, ContentNode>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (_current is Key or Value)
        {
            var key = ReadKey(line);
            ContentNode value;
            if (_current is Value)
            {
                var valueLine = Line(_current);
                Advance();
                value = _current switch
                {
                    BlockEntry => new ContentList(valueLine, ReadEntries(valueLine)),
                    Key or Value or BlockEnd => new ContentText(valueLine, string.Empty, isNull: true),
                    _ => ReadNode(),
                };
            }
            else
            {
                value = new ContentText(key.Line, string.Empty, isNull: true);
            }

            Add(entries, seen, key, value);
        }

        Expect<BlockEnd>("the end of a map");
        Advance();
        return new ContentMap(line, entries);
    }

    private ContentList ReadFlowSequence(int line)
    {
        Advance();
        var items = new List<ContentNode>();
        while (_current is not FlowSequenceEnd)
        {
            if (_current is Key)
            {
                throw Unexpected("a 'key: value' inside [ ]; quote the text if it holds a colon");
            }

            if (_current is BlockEntry or BlockEnd or StreamEnd or DocumentStart or DocumentEnd)
            {
                throw Unexpected($"{Describe(_current)}; is the '[' of line {Text(line)} closed with ']'?");
            }

            items.Add(ReadNode());
            if (_current is FlowEntry)
            {
                Advance();
            }
            else if (_current is not FlowSequenceEnd)
            {
                throw Unexpected($"{Describe(_current)} where ',' or ']' belongs; is the '[' of line {Text(line)} closed?");
            }
        }

        Advance();
        return new ContentList(line, items);
    }

    private ContentMap ReadFlowMapping(int line)
    {
        Advance();
        var entries = new List<KeyValuePair<ContentText, ContentNode>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (_current is not FlowMappingEnd)
        {
            var key = ReadKey(line);
            ContentNode value = new ContentText(key.Line, string.Empty, isNull: true);
            if (_current is Value)
            {
                Advance();
                if (_current is not (FlowEntry or FlowMappingEnd))
                {
                    value = ReadNode();
                }
            }

            Add(entries, seen, key, value);
            if (_current is FlowEntry)
            {
                Advance();
            }
            else if (_current is not FlowMappingEnd)
            {
                throw Unexpected($"{Describe(_current)} where ',' or '}}' belongs; is the '{{' of line {Text(line)} closed?");
            }
        }

        Advance();
        return new ContentMap(line, entries);
    }

    private ContentText ReadKey(int mapLine)
    {
        if (_current is not Key)
        {
            throw new KnowledgeException($"{Name}: a value without its key (line {Text(Line(_current))})");
        }

        Advance();
        if (_current is Key or Value or BlockEnd or FlowEntry or FlowMappingEnd)
        {
            throw new KnowledgeException($"{Name}: a key without a name (line {Text(Line(_current))})");
        }

        return ReadNode() is ContentText { IsNull: false } key
            ? key
            : throw new KnowledgeException($"{Name}: a key must be a plain name (line {Text(mapLine)})");
    }

    private void Add(List<KeyValuePair<ContentText, ContentNode>> entries, Dictionary<string, int> seen, ContentText key, ContentNode value)
    {
        if (!seen.TryAdd(key.Value, key.Line))
        {
            throw new KnowledgeException($"{Name}: the key '{key.Value}' is written twice (lines {Text(seen[key.Value])} and {Text(key.Line)})");
        }

        entries.Add(new(key, value));
    }

    private void Advance()
    {
        if (!_scanner.MoveNext())
        {
            throw new KnowledgeException($"{Name}: ends too early");
        }

        _current = _scanner.Current ?? throw new KnowledgeException($"{Name}: ends too early");
        _lastLine = Line(_current);
        if (_current is Error error)
        {
            throw new KnowledgeException($"{Name}: not valid YAML at line {Text(Line(error))}: {error.Value}");
        }
    }

    private void Expect<T>(string what)
        where T : Token
    {
        if (_current is not T)
        {
            throw Unexpected($"{Describe(_current)} where {what} belongs");
        }
    }

    private KnowledgeException Unexpected(string what) => new($"{Name}: not valid YAML: unexpected {what} (line {Text(Line(_current))})");

    private static string Describe(Token token) => token switch
    {
        BlockEntry => "'-'",
        Key or Value => "':'",
        FlowEntry => "','",
        FlowSequenceStart => "'['",
        FlowSequenceEnd => "']'",
        FlowMappingStart => "'{'",
        FlowMappingEnd => "'}'",
        DocumentStart => "'---'",
        DocumentEnd => "'...'",
        StreamEnd => "end of file",
        BlockEnd => "change of indentation",
        BlockSequenceStart => "a '-' list (check its indentation)",
        BlockMappingStart => "a new 'field:' (check its indentation)",
        TokenScalar scalar => $"text '{(scalar.Value.Length > 30 ? scalar.Value[..30] + "..." : scalar.Value)}'",
        _ => token.GetType().Name,
    };

    private static int Line(Token token) => ToLine(token.Start.Line);

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
