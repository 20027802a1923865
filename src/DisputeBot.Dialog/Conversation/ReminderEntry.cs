using System.Globalization;
using System.Text.Json.Serialization;
using DisputeBot.Dialog.Deadlines;

namespace DisputeBot.Dialog.Conversation;

/// <summary>One reminder the buyer will get: which deadline, how many days before it, and when it is due.</summary>
/// <remarks>Internal setters for the serializer's fast path (see <see cref="DialogState"/>).</remarks>
public sealed record ReminderEntry
{
    [JsonConstructor]
    internal ReminderEntry()
    {
    }

    internal ReminderEntry(DeadlineKind kind, int leadDays, DateOnly date, DateTimeOffset dueAt)
    {
        Kind = kind;
        LeadDays = leadDays;
        Date = date;
        DueAt = dueAt;
    }

    /// <summary>The deadline reminded of.</summary>
    [JsonPropertyName("k")]
    [JsonInclude]
    public DeadlineKind Kind { get; internal set; }

    /// <summary>Days before the deadline (0: on the day).</summary>
    [JsonPropertyName("l")]
    [JsonInclude]
    public int LeadDays { get; internal set; }

    /// <summary>The deadline's day, in the buyer's calendar.</summary>
    [JsonPropertyName("d")]
    [JsonInclude]
    public DateOnly Date { get; internal set; }

    /// <summary>When to send it (UTC): inside the buyer's daytime, moved by a snooze.</summary>
    [JsonPropertyName("at")]
    [JsonInclude]
    public DateTimeOffset DueAt { get; internal set; }

    /// <summary>Which reminder this is, whatever its date: "4_3" (kind, lead). Short ASCII: it travels in button ids.</summary>
    [JsonIgnore]
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{(int)Kind}_{LeadDays}");
}
