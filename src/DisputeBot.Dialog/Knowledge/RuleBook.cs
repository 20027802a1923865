namespace DisputeBot.Dialog.Knowledge;

/// <summary>The deadline rules (dialogs/rules.yaml), every number with its source.</summary>
public sealed class RuleBook
{
    private readonly IReadOnlyDictionary<string, DeadlineRule> _rules;

    public RuleBook(IEnumerable<DeadlineRule> rules)
    {
        _rules = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public IEnumerable<DeadlineRule> All => _rules.Values;

    public DeadlineRule this[string id] =>
        _rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"No deadline rule '{id}' in dialogs/rules.yaml.");

    public bool Contains(string id) => _rules.ContainsKey(id);
}

/// <summary>One number the bot states. <see cref="Days"/> is a count of calendar days.</summary>
/// <param name="Id">Stable id used by code (see <c>RuleIds</c>).</param>
/// <param name="Source">Where the number comes from, in words a buyer can read ("PayPal's help centre"); never a seed id.</param>
/// <param name="SourceDate">When the source said it ("2024-05", "undated").</param>
/// <param name="Estimate">True where sources disagree and the safest (earliest) figure was chosen.</param>
public sealed record DeadlineRule(string Id, int Days, string Source, string SourceDate, bool Estimate)
{
    /// <summary>Ids of the guides in shared/seeds/ that give the number ("000"), for tests and provenance; buyers never see them.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];
}
