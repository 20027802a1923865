using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Reminders;

/// <summary>The buyer's time zone for reminders: the one a channel reported (an IANA id), else the offset it reported,
/// else the usual zone of the buyer's language, which the bot then says it assumed.</summary>
internal sealed record BuyerClock(TimeZoneInfo Zone, bool Assumed)
{
    /// <summary>Longest zone id taken from a channel ("America/Argentina/ComodRivadavia" is 32).</summary>
    private const int MaxZoneIdLength = 64;

    public static BuyerClock For(DialogState state, TimeZoneInfo usualZone)
    {
        if (Find(state.TimeZone) is { } reported)
        {
            return new BuyerClock(reported, false);
        }

        if (state.OffsetMinutes is { } minutes)
        {
            var offset = TimeSpan.FromMinutes(Math.Clamp(minutes, -14 * 60, 14 * 60));
            return new BuyerClock(TimeZoneInfo.CreateCustomTimeZone("offset", offset, "offset", "offset"), false);
        }

        return new BuyerClock(usualZone, true);
    }

    /// <summary>The zone with this IANA id, or null for an unknown or implausible id.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxZoneIdLength)
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant of <paramref name="day"/> at <paramref name="hour"/>:00 on the buyer's clock (an hour
    /// skipped by a clock change moves on by an hour).</summary>
    public DateTimeOffset At(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }
}
