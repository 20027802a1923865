using System.ComponentModel.DataAnnotations;

namespace DisputeBot.Storage;

/// <summary>Settings shared by every conversation store (section "State").</summary>
public sealed class StateStoreOptions
{
    public const string Section = "State";

    /// <summary>How long a conversation is kept after its last activity.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = "State:TimeToLive must be between 1 minute and 10 years.")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Prefix of every key, so several bots can share one Redis.</summary>
    [RegularExpression("^[A-Za-z0-9_.:-]{0,64}$", ErrorMessage = "State:KeyPrefix may hold only letters, digits and _ . : - (at most 64).")]
    public string KeyPrefix { get; set; } = "disputebot:";
}
