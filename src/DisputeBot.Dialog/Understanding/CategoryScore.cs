using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding;

/// <summary>One candidate category. A score of 1 or more means one of its cues matched in full.</summary>
public sealed record CategoryScore(ProblemCategory Category, double Score);
