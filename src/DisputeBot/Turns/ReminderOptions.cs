using System.ComponentModel.DataAnnotations;

namespace DisputeBot.Turns;

/// <summary>Settings of the reminder schedule (section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How often each instance looks for due reminders.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00", ErrorMessage = "Reminders:SweepInterval must be between 50 ms and 1 hour.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an instance holds a due conversation it claimed before another may take it (it stopped).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Reminders:ClaimLease must be between 1 second and 1 hour.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Most conversations one sweep claims at once (per shard of the schedule).</summary>
    [Range(1, 10_000, ErrorMessage = "Reminders:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 200;

    /// <summary>The reply sender for each channel's proactive messages (filled in by the channels; see
    /// <see cref="ReplyRoute.Sender"/>); a channel not listed goes to <see cref="DefaultSender"/>.</summary>
    public Dictionary<string, string> Senders { get; } = new(StringComparer.Ordinal);

    /// <summary>The sender for channels not in <see cref="Senders"/> (the Bot Framework Connector serves any channel
    /// it carries); null: those conversations get no reminders.</summary>
    public string? DefaultSender { get; set; }

    /// <summary>Channels that cannot be reached outside a turn (the terminal chat).</summary>
    public HashSet<string> Unreachable { get; } = new(StringComparer.Ordinal);
}
