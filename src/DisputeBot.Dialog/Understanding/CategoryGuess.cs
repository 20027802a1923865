using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// The categories a free text points to, best first. <see cref="Confident"/> is false when the best is weak or a
/// close second exists: the dialog then offers the candidates as buttons.
/// </summary>
public sealed record CategoryGuess(IReadOnlyList<CategoryScore> Candidates, bool Confident)
{
    public ProblemCategory? Best => Candidates.Count > 0 ? Candidates[0].Category : null;
}
