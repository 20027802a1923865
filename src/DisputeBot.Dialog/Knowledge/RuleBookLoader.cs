using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DisputeBot.Dialog.Knowledge;

/// <summary>
/// Reads and validates dialogs/rules.yaml: a top-level <c>rules:</c> list, one entry per number the bot states
/// (<c>id, days, source, source_date, estimate</c>, optional <c>seeds</c> for provenance and an optional one-line
/// <c>note</c> for the support team). Buyers read <c>source</c>, so it may not name a seed.
/// Every id in <see cref="RuleIds.Required"/> must be present; further ids are allowed (texts may cite them as
/// {rule:id}). The first problem stops loading with a <see cref="KnowledgeException"/> naming the file and the entry.
/// </summary>
/// <remarks>Walks the YAML node tree by hand rather than deserializing, so every message can name the entry and line.</remarks>
public static class RuleBookLoader
{
    /// <summary>Longest rule accepted: no dispute, payment or return window here is longer than a year, so a larger
    /// figure is taken for a typo (an extra digit) rather than a rule.</summary>
    public const int MaxDays = 365;

    private const string RulesKey = "rules";

    private static readonly string[] Fields = ["id", "days", "source", "source_date", "estimate", "seeds", "note"];

    private static readonly string[] RequiredFields = ["id", "days", "source", "source_date", "estimate"];

    public static RuleBook Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = file.Replace('\\', '/');
        string yaml;
        try
        {
            yaml = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeException($"{name}: cannot be read: {e.Message}", e);
        }

        return Parse(yaml, name);
    }

    /// <summary>Parses rules.yaml text; <paramref name="name"/> is how messages name the file.</summary>
    internal static RuleBook Parse(string yaml, string name)
    {
        var root = ReadRoot(yaml, name);
        var entries = RulesList(root, name);

        var rules = new List<DeadlineRule>(entries.Children.Count);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in entries.Children)
        {
            index++;
            var rule = ReadRule(node, index, name);
            var line = node.Start.Line;
            if (!lines.TryAdd(rule.Id, line))
            {
                throw new KnowledgeException(
                    $"{name}: rule '{rule.Id}': defined twice (lines {lines[rule.Id].ToString(CultureInfo.InvariantCulture)} and {line.ToString(CultureInfo.InvariantCulture)})");
            }

            rules.Add(rule);
        }

        var missing = RuleIds.Required.Where(id => !lines.ContainsKey(id)).ToList();
        if (missing.Count == 1)
        {
            throw new KnowledgeException($"{name}: rule '{missing[0]}': is missing (the code relies on it)");
        }

        if (missing.Count > 1)
        {
            throw new KnowledgeException(
                $"{name}: rules {string.Join(", ", missing.Select(id => $"'{id}'"))}: are missing (the code relies on them)");
        }

        return new RuleBook(rules);
    }

    private static YamlNode ReadRoot(string yaml, string name)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new KnowledgeException(
                $"{name}: not valid YAML at line {e.Start.Line.ToString(CultureInfo.InvariantCulture)}, column {e.Start.Column.ToString(CultureInfo.InvariantCulture)}: {Innermost(e).Message}",
                e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new KnowledgeException($"{name}: is empty; expected '{RulesKey}:' with one entry per rule");
        }

        if (stream.Documents.Count > 1)
        {
            throw new KnowledgeException($"{name}: holds {stream.Documents.Count.ToString(CultureInfo.InvariantCulture)} YAML documents; expected one");
        }

        return stream.Documents[0].RootNode;
    }

    private static YamlSequenceNode RulesList(YamlNode root, string name)
    {
        if (root is not YamlMappingNode top)
        {
            throw new KnowledgeException($"{name}: expected a mapping with '{RulesKey}:' at the top (line {Line(root)})");
        }

        YamlSequenceNode? list = null;
        foreach (var (key, value) in top.Children)
        {
            var field = (key as YamlScalarNode)?.Value;
            if (field != RulesKey)
            {
                throw new KnowledgeException($"{name}: unknown top-level field '{field}' (line {Line(key)}); only '{RulesKey}' is allowed");
            }

            list = value as YamlSequenceNode
                ?? throw new KnowledgeException($"{name}: '{RulesKey}' must be a list of rules (line {Line(value)})");
        }

        return list ?? throw new KnowledgeException($"{name}: '{RulesKey}:' is missing");
    }

    private static DeadlineRule ReadRule(YamlNode node, int index, string name)
    {
        var fallbackLabel = $"rule #{index.ToString(CultureInfo.InvariantCulture)}";
        if (node is not YamlMappingNode mapping)
        {
            throw new KnowledgeException($"{name}: {fallbackLabel}: expected fields {string.Join(", ", Fields)} (line {Line(node)})");
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            values[(key as YamlScalarNode)?.Value ?? string.Empty] = value;
        }

        var idText = values.TryGetValue("id", out var idNode) ? Scalar(idNode) : null;
        var label = string.IsNullOrWhiteSpace(idText) ? fallbackLabel : $"rule '{idText}'";
        KnowledgeException Error(string problem, YamlNode at) => new($"{name}: {label}: {problem} (line {Line(at)})");

        foreach (var (key, _) in mapping.Children)
        {
            var field = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(Fields, field) < 0)
            {
                throw Error($"unknown field '{field}'; allowed: {string.Join(", ", Fields)}", key);
            }
        }

        foreach (var required in RequiredFields)
        {
            if (!values.TryGetValue(required, out var value) || string.IsNullOrWhiteSpace(Scalar(value)))
            {
                throw Error($"'{required}' is missing", value ?? mapping);
            }
        }

        var id = idText!.Trim();
        if (!IsId(id))
        {
            throw Error("'id' must be 1 to 40 characters of a-z, 0-9 and _", idNode!);
        }

        var daysNode = values["days"];
        var daysText = Scalar(daysNode)!;
        if (daysNode is not YamlScalarNode { Style: ScalarStyle.Plain }
            || !int.TryParse(daysText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            throw Error($"'days' must be a whole number of days, not '{daysText}'", daysNode);
        }

        if (days is < 0 or > MaxDays)
        {
            throw Error($"'days' is {days.ToString(CultureInfo.InvariantCulture)}; it must be between 0 and {MaxDays.ToString(CultureInfo.InvariantCulture)}", daysNode);
        }

        var sourceNode = values["source"];
        var source = Scalar(sourceNode)!.Trim();
        if (source.Contains("seed", StringComparison.OrdinalIgnoreCase))
        {
            throw Error("'source' is shown to buyers: name the guide in words and put the seed id in 'seeds'", sourceNode);
        }

        IReadOnlyList<string> seeds = [];
        if (values.TryGetValue("seeds", out var seedsNode))
        {
            var seedsText = Scalar(seedsNode);
            var ids = (seedsText ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length == 0 || !ids.All(IsSeedId))
            {
                throw Error($"'seeds' must list seed ids of three digits, like \"000, 002\", not '{seedsText}'", seedsNode);
            }

            seeds = ids;
        }

        var sourceDateNode = values["source_date"];
        var sourceDate = Scalar(sourceDateNode)!.Trim();
        if (!IsSourceDate(sourceDate))
        {
            throw Error($"'source_date' is '{sourceDate}'; write YYYY-MM, YYYY or undated", sourceDateNode);
        }

        var estimateNode = values["estimate"];
        var estimateText = Scalar(estimateNode)!;
        bool estimate;
        if (estimateNode is YamlScalarNode { Style: ScalarStyle.Plain } && string.Equals(estimateText, "true", StringComparison.OrdinalIgnoreCase))
        {
            estimate = true;
        }
        else if (estimateNode is YamlScalarNode { Style: ScalarStyle.Plain } && string.Equals(estimateText, "false", StringComparison.OrdinalIgnoreCase))
        {
            estimate = false;
        }
        else
        {
            throw Error($"'estimate' must be true or false, not '{estimateText}'", estimateNode);
        }

        if (values.TryGetValue("note", out var noteNode))
        {
            var note = Scalar(noteNode);
            if (string.IsNullOrWhiteSpace(note))
            {
                throw Error("'note' is empty; remove it or say why this number was chosen", noteNode);
            }

            if (note.Trim().Contains('\n', StringComparison.Ordinal))
            {
                throw Error("'note' must be one line", noteNode);
            }
        }

        return new DeadlineRule(id, days, source, sourceDate, estimate) { Seeds = seeds };
    }

    /// <summary>A scalar's text; null for a list, a mapping or YAML's null.</summary>
    private static string? Scalar(YamlNode node) =>
        node is YamlScalarNode scalar && !(scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL")
            ? scalar.Value
            : null;

    private static bool IsSeedId(string id) => id.Length == 3 && id.All(char.IsAsciiDigit);

    private static bool IsId(string id) =>
        id.Length is > 0 and <= 40 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    /// <summary>"undated", "2024" or "2024-05".</summary>
    private static bool IsSourceDate(string text)
    {
        if (text == "undated")
        {
            return true;
        }

        if (text.Length is not (4 or 7) || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1990 or > 2100)
        {
            return false;
        }

        return text.Length == 4
            || (text[4] == '-' && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12);
    }

    private static string Line(YamlNode node) => node.Start.Line.ToString(CultureInfo.InvariantCulture);

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
