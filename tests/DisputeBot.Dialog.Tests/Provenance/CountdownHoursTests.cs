using DisputeBot.AdviceBook;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Tests.Provenance;

/// <summary>The hours of a countdown given to the hour are buyer facts only as they stand at the turn's time, so a rule's
/// number said in hours cannot pass as the countdown's.</summary>
public sealed class CountdownHoursTests
{
    private static readonly DateTimeOffset Noted = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static DialogState EndsAt(DateTimeOffset at) => new()
    {
        ProtectionEndsOn = DateOnly.FromDateTime(at.DateTime),
        ProtectionEndsAt = at,
    };

    [Fact]
    public void Eight_days_four_hours_given_is_four_hours_then_and_three_an_hour_later()
    {
        var state = EndsAt(Noted.AddDays(8).AddHours(4));

        Assert.Contains(4, DialogFacts.Numbers(state, Noted));
        Assert.DoesNotContain(3, DialogFacts.Numbers(state, Noted));
        Assert.Contains(3, DialogFacts.Numbers(state, Noted.AddHours(1)));
        Assert.DoesNotContain(4, DialogFacts.Numbers(state, Noted.AddHours(1)));
    }

    [Fact]
    public void Under_a_day_the_hours_are_rounded_up_and_no_other_hour_count_is_the_buyers()
    {
        var state = EndsAt(Noted.AddHours(18).AddMinutes(30));
        var numbers = DialogFacts.Numbers(state, Noted).ToList();

        Assert.Contains(19, numbers);
        Assert.DoesNotContain(12, numbers);
        Assert.DoesNotContain(23, numbers);
    }

    [Fact]
    public void A_countdown_given_in_whole_days_or_already_over_gives_no_hours()
    {
        Assert.Empty(DialogFacts.Numbers(new DialogState { ProtectionEndsOn = new DateOnly(2026, 12, 19) }, Noted));
        Assert.Empty(DialogFacts.Numbers(EndsAt(Noted.AddHours(-5)), Noted));
    }
}
