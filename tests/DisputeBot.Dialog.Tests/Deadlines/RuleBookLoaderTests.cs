using System.Text;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Deadlines;

public sealed class RuleBookLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rules-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_real_rule_book_loads_with_every_required_rule()
    {
        var book = RuleBookLoader.Load(RepositoryFiles.RulesYaml);

        foreach (var id in RuleIds.Required)
        {
            Assert.True(book.Contains(id), $"dialogs/rules.yaml lacks '{id}'");
            var rule = book[id];
            Assert.False(string.IsNullOrWhiteSpace(rule.Source));
            Assert.False(string.IsNullOrWhiteSpace(rule.SourceDate));
        }
    }

    [Theory]
    [InlineData(RuleIds.ProtectionLongest, 60, true)] // seed 000: "set the delivery time period to up to 60 days"
    [InlineData(RuleIds.EarliestNotReceived, 10, true)] // seed 000: "starting on the 11th day after the seller ships"
    [InlineData(RuleIds.AfterDelivery, 15, true)] // seed 000: "up to 15 days after confirming the product's delivery"
    [InlineData(RuleIds.AfterProtectionGrace, 15, true)] // seed 002: "within 15 days following its stop"
    [InlineData(RuleIds.DeliveredCut, 5, true)]
    [InlineData(RuleIds.SellerResponse, 15, true)] // seed 000: "The seller will have 15 days to reply"
    [InlineData(RuleIds.ExtensionLead, 7, true)]
    [InlineData(RuleIds.ExtensionLeadMin, 5, true)]
    [InlineData(RuleIds.ExtensionAnswer, 2, true)] // seed 000: "extend your protection within 48 hours"
    [InlineData(RuleIds.SellerShipDecision, 9, false)] // seed 002: "the seller has 9 days to decide"
    [InlineData(RuleIds.PayPalDispute, 180, false)]
    [InlineData(RuleIds.PayPalEscalation, 20, false)]
    [InlineData(RuleIds.CardChargeback, 90, true)]
    public void The_real_rule_book_takes_the_safest_figure_where_sources_disagree(string id, int days, bool estimate)
    {
        var rule = RuleBookLoader.Load(RepositoryFiles.RulesYaml)[id];

        Assert.Equal(days, rule.Days);
        Assert.Equal(estimate, rule.Estimate);
    }

    [Fact]
    public void Buyers_see_readable_sources_and_the_seed_ids_are_kept_apart()
    {
        var book = RuleBookLoader.Load(RepositoryFiles.RulesYaml);

        Assert.All(book.All, rule => Assert.DoesNotContain("seed", rule.Source, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["000"], book[RuleIds.AfterDelivery].Seeds);
        Assert.Equal(["002"], book[RuleIds.SellerShipDecision].Seeds);
        Assert.Equal("PayPal's help centre", book[RuleIds.PayPalEscalation].Source);
    }

    [Fact]
    public void A_source_that_names_a_seed_is_refused()
    {
        var file = Write(ValidYaml(extra: "  - id: free_return\n    days: 15\n    source: guide (seed 000)\n    source_date: 2022-02\n    estimate: false\n"));

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(file));

        Assert.Contains("'seeds'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_rule_book_gives_every_rule_a_one_line_note()
    {
        var text = File.ReadAllText(RepositoryFiles.RulesYaml);
        var entries = text.Split("- id:", StringSplitOptions.None).Skip(1).ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, entry => Assert.Contains("\n    note: ", entry, StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_file_keeps_every_field()
    {
        var file = Write(ValidYaml(extra: "  - id: free_return\n    days: 15\n    source: help copy\n    source_date: 2022-02\n    estimate: false\n"));

        var rule = RuleBookLoader.Load(file)["free_return"];

        Assert.Equal(new DeadlineRule("free_return", 15, "help copy", "2022-02", false), rule);
    }

    [Theory]
    [InlineData("seller_response", "    source: test source\n", "", "rule 'seller_response': 'source' is missing")]
    [InlineData("seller_response", "    source_date: undated\n", "", "rule 'seller_response': 'source_date' is missing")]
    [InlineData("seller_response", "    source_date: undated\n", "    source_date: \"\"\n", "rule 'seller_response': 'source_date' is missing")]
    [InlineData("appeal", "    estimate: false\n", "", "rule 'appeal': 'estimate' is missing")]
    [InlineData("appeal", "    days: 7\n", "    days: -1\n", "rule 'appeal': 'days' is -1")]
    [InlineData("appeal", "    days: 7\n", "    days: 3650\n", "rule 'appeal': 'days' is 3650")]
    [InlineData("appeal", "    days: 7\n", "    days: seven\n", "rule 'appeal': 'days' must be a whole number of days, not 'seven'")]
    [InlineData("appeal", "    days: 7\n", "    days: 7.5\n", "rule 'appeal': 'days' must be a whole number")]
    [InlineData("appeal", "    days: 7\n", "    days: \"7\"\n", "rule 'appeal': 'days' must be a whole number")]
    [InlineData("appeal", "    estimate: false\n", "    estimate: maybe\n", "rule 'appeal': 'estimate' must be true or false, not 'maybe'")]
    [InlineData("appeal", "    source_date: undated\n", "    source_date: May 2024\n", "rule 'appeal': 'source_date' is 'May 2024'")]
    [InlineData("appeal", "    source_date: undated\n", "    source_date: 2024-13\n", "rule 'appeal': 'source_date' is '2024-13'")]
    [InlineData("appeal", "    estimate: false\n", "    estimate: false\n    url: https://example.com\n", "rule 'appeal': unknown field 'url'")]
    [InlineData("appeal", "    note: test\n", "    note: \"\"\n", "rule 'appeal': 'note' is empty")]
    [InlineData("appeal", "    note: test\n", "    note: \"two\\nlines\"\n", "rule 'appeal': 'note' must be one line")]
    public void Each_invalid_field_is_named_with_the_file_and_the_rule(string id, string field, string replacement, string expected)
    {
        var file = Write(ValidYaml(replace: (id, field, replacement)));

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(file));

        Assert.StartsWith(Name(file) + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_rule_is_named()
    {
        var yaml = ValidYaml(skip: RuleIds.CardChargeback);

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(Write(yaml)));

        Assert.Equal($"{Name(_file!)}: rule 'card_chargeback': is missing (the code relies on it)", error.Message);
    }

    [Fact]
    public void A_rule_defined_twice_is_named_with_both_lines()
    {
        var yaml = ValidYaml(extra: Entry(RuleIds.Appeal, 7));

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(Write(yaml)));

        Assert.StartsWith($"{Name(_file!)}: rule 'appeal': defined twice (lines ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_without_an_id_is_named_by_its_position()
    {
        var yaml = ValidYaml(extra: "  - days: 3\n    source: s\n    source_date: undated\n    estimate: false\n");

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(Write(yaml)));

        Assert.StartsWith($"{Name(_file!)}: rule #{RuleIds.Required.Count + 1}: 'id' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_with_capitals_or_spaces_is_refused()
    {
        var yaml = ValidYaml(extra: Entry("Free Return", 15));

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(Write(yaml)));

        Assert.Contains("rule 'Free Return': 'id' must be", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules: [\n", "not valid YAML at line")]
    [InlineData("", "is empty")]
    [InlineData("- id: appeal\n", "expected a mapping with 'rules:'")]
    [InlineData("rule:\n  - id: appeal\n", "unknown top-level field 'rule'")]
    [InlineData("rules: 3\n", "'rules' must be a list of rules")]
    [InlineData("rules:\n  - appeal\n", "rule #1: expected fields")]
    [InlineData("rules:\n  - id: appeal\n    id: appeal\n", "not valid YAML")]
    public void A_malformed_file_is_named(string yaml, string expected)
    {
        var file = Write(yaml);

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(file));

        Assert.StartsWith(Name(file) + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var file = Path.Combine(_directory, "absent.yaml");

        var error = Assert.Throws<KnowledgeException>(() => RuleBookLoader.Load(file));

        Assert.StartsWith(Name(file) + ": cannot be read", error.Message, StringComparison.Ordinal);
    }

    private string? _file;

    private string Write(string yaml)
    {
        _file = Path.Combine(_directory, $"rules-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(_file, yaml);
        return _file;
    }

    private static string Name(string file) => file.Replace('\\', '/');

    private static string Entry(string id, int days) =>
        $"  - id: {id}\n    days: {days}\n    source: test source\n    source_date: undated\n    estimate: false\n    note: test\n";

    /// <summary>A valid rules.yaml with every required id; one entry can be skipped or have one line replaced.</summary>
    private static string ValidYaml(string? skip = null, (string Id, string Line, string With)? replace = null, string extra = "")
    {
        var yaml = new StringBuilder("# test\nrules:\n");
        foreach (var id in RuleIds.Required.Where(id => id != skip))
        {
            var entry = Entry(id, id == RuleIds.Appeal ? 7 : 10);
            if (replace is { } r && r.Id == id)
            {
                Assert.Contains(r.Line, entry, StringComparison.Ordinal);
                entry = entry.Replace(r.Line, r.With, StringComparison.Ordinal);
            }

            yaml.Append(entry);
        }

        return yaml.Append(extra).ToString();
    }
}
