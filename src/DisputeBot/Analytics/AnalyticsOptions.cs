using System.ComponentModel.DataAnnotations;

namespace DisputeBot.Analytics;

/// <summary>Settings of the support team's analytics (section "Analytics").</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>Keep the (cleaned) text of messages the bot did not understand for 30 days. False keeps only their count.</summary>
    public bool KeepNotUnderstoodTexts { get; set; } = true;

    /// <summary>How often counts noted in memory are written to the store.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Analytics:FlushInterval must be between 1 second and 10 minutes.")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Counts per day are kept this long.</summary>
    public static TimeSpan DaysKept { get; } = TimeSpan.FromDays(400);

    /// <summary>Texts not understood are kept this long.</summary>
    public static TimeSpan TextsKept { get; } = TimeSpan.FromDays(30);

    /// <summary>A conversation idle this long, short of its summary or a person, counts as abandoned.</summary>
    public static TimeSpan AbandonedAfter { get; } = TimeSpan.FromHours(24);
}
