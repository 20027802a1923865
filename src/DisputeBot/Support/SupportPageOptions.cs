namespace DisputeBot.Support;

/// <summary>The support team's page at /support (section "Support"): off unless an access key is set.</summary>
public sealed class SupportPageOptions
{
    public const string Section = "Support";

    /// <summary>Shortest access key accepted.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The key a support lead signs in with (env <c>Support__AccessKey</c>): long and random. Unset, the page is off.</summary>
    public string? AccessKey { get; set; }

    /// <summary>How long a sign-in lasts.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    public bool Enabled => !string.IsNullOrEmpty(AccessKey);
}
