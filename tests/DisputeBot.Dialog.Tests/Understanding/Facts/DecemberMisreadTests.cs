using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Date misreads buyers found, read on Monday 7 December 2026 at 3 pm.</summary>
public class DecemberMisreadTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 15, 0, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<MessageReader> Reader = new(() => new MessageReader(EnglishPack.Understanding));

    private static MessageFacts Read(string text, Expectation expecting = Expectation.Nothing) =>
        Reader.Value.Read(text, new MessageContext(Now, DayFirst: true, Group: null, expecting));

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Theory]
    [InlineData("Confirmation Timeout, timer ran out 3 days ago")]
    [InlineData("Confirmation Timeout since last friday")]
    [InlineData("the timer ended 4 dec i think")]
    [InlineData("it expired 3 days ago")]
    [InlineData("protection ended on 4 december")]
    public void A_timer_that_ran_out_ended_on_a_past_day(string text)
    {
        foreach (var expecting in new[] { Expectation.Timer, Expectation.Nothing })
        {
            var timer = Read(text, expecting).Timer;
            Assert.Equal(TimerKind.Ended, timer?.Kind);
            Assert.Equal(Day(12, 4), timer?.EndsOn);
        }
    }

    [Theory]
    [InlineData("tracking says in transit since 12 nov")]
    [InlineData("it's been in transit since 12 november")]
    public void In_transit_since_a_day_is_no_delivery_and_no_timer(string text)
    {
        foreach (var expecting in new[] { Expectation.Timer, Expectation.Nothing, Expectation.DeliveredOn })
        {
            var facts = Read(text, expecting);
            Assert.Null(facts.DeliveredOn);
            Assert.Null(facts.Timer);
        }
    }

    [Theory]
    [InlineData("bought 3rd nov, shipped the 6th", 11, 6)]
    [InlineData("bought on 3 november and it shipped on the 6th", 11, 6)]
    [InlineData("paid 28 nov, shipped the 2nd", 12, 2)]
    public void A_bare_ordinal_day_takes_the_month_named_for_the_earlier_date(string text, int month, int day)
    {
        var facts = Read(text);
        Assert.Equal(Day(11, text.Contains("28", StringComparison.Ordinal) ? 28 : 3), facts.PaidOn?.Date);
        Assert.Equal(new DateFact(Day(month, day)), facts.ShippedOn);
    }

    [Theory]
    [InlineData("shipped the sixth of november", 11, 6)]
    [InlineData("paid on the third of november", 11, 3)]
    [InlineData("shipped november sixth", 11, 6)]
    [InlineData("delivered the 28th of november", 11, 28)]
    [InlineData("delivered saturday the 28th", 11, 28)]
    [InlineData("it arrived on saturday 28th", 11, 28)]
    [InlineData("shipped on the twenty first of november", 11, 21)]
    public void Dates_in_words_are_read(string text, int month, int day)
    {
        var facts = Read(text);
        Assert.Equal(Day(month, day), (facts.ShippedOn ?? facts.PaidOn ?? facts.DeliveredOn)?.Date);
    }
}
