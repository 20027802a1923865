using System.ComponentModel.DataAnnotations;

namespace DisputeBot.Turns;

/// <summary>Settings of the turn pipeline (section "Turns").</summary>
public sealed class TurnPipelineOptions
{
    public const string Section = "Turns";

    /// <summary>How many times a turn is rerun after losing a save race before the user is asked to resend.</summary>
    [Range(0, 20)]
    public int MaxConflictRetries { get; set; } = 5;

    /// <summary>How long the instance that saved (or claimed) a turn's replies has to send them before another may.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long replies whose send failed wait before the next try, when the channel named no retry_after.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan OutboxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the sweeper looks for replies left unsent (an instance stopped, a channel was down).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan OutboxSweepInterval { get; set; } = TimeSpan.FromSeconds(10);
}
