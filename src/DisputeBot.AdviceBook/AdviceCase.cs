namespace DisputeBot.AdviceBook;

/// <summary>
/// One case of the advice book (dialogs/advice-book/*.yaml): a buyer's messages on a pinned clock, and what the guides say the
/// bot must have read and must (and must never) say. Written from the seeds, not from the bot's output.
/// </summary>
public sealed class AdviceCase
{
    public string Id { get; set; } = "";

    /// <summary>The seed file and line(s), or the domain-rules.md row, that justify the expectations.</summary>
    public string Source { get; set; } = "";

    /// <summary>The buyer's local clock, "yyyy-MM-dd HH:mm".</summary>
    public string Today { get; set; } = "";

    /// <summary>The buyer's offset from UTC ("+03:00"), when the channel reports one; none means UTC.</summary>
    public string? Offset { get; set; }

    /// <summary>The locale the buyer's channel reports ("ru", "es-ES"); none means "en-GB". A file may set it for all its
    /// cases (<c>locale:</c> at the top): a language's own cases, typed as its buyers write.</summary>
    public string? Locale { get; set; }

    /// <summary>What the buyer sends, in order. "[id]" presses a button of the latest question.</summary>
    public List<string> Messages { get; set; } = [];

    /// <summary>Facts the bot must have read by the end (keys: see <see cref="DialogFacts"/>).</summary>
    public Dictionary<string, string> Facts { get; set; } = [];

    /// <summary>A warning id from dialogs/*/warnings.yaml that must fire, or "none": no warning may fire.</summary>
    public string? Warning { get; set; }

    /// <summary>Dates ("yyyy-MM-dd") that must be stated in the replies.</summary>
    public List<string> Dates { get; set; } = [];

    /// <summary>Day counts that must be stated ("15 days").</summary>
    public List<int> Days { get; set; } = [];

    /// <summary>Dates that must not be stated (a misread year, a default the guides forbid).</summary>
    public List<string> NeverDates { get; set; } = [];

    /// <summary>Plain numbers that must be stated somewhere (quantities in the dispute text).</summary>
    public List<int> Numbers { get; set; } = [];

    /// <summary>Phrases the replies to the LAST message must contain (case-insensitive): the answer to what it asked.</summary>
    public List<string> Says { get; set; } = [];

    /// <summary>Phrases that must not appear in any reply (case-insensitive).</summary>
    public List<string> Never { get; set; } = [];

    /// <summary>The file the case came from (its name), for failure messages.</summary>
    public string File { get; set; } = "";

    /// <summary>The line of the file where the case starts (1-based), for failure messages.</summary>
    public int Line { get; set; }

    public override string ToString() => Id;
}
