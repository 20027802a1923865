using System.ComponentModel.DataAnnotations;

namespace DisputeBot.Turns;

/// <summary>Settings of the turn pipeline (section "Turns").</summary>
public sealed class TurnPipelineOptions
{
    public const string Section = "Turns";

    /// <summary>How many times a turn is rerun after losing a save race before the user is asked to resend.</summary>
    [Range(0, 20)]
    public int MaxConflictRetries { get; set; } = 5;
}
