using DisputeBot.Dialog.Understanding.Facts;
using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>One test per class of date form buyers write that the reader once missed. Today is Wednesday 18 March
/// 2026, 3 pm.</summary>
public class DateFormsTests
{
    [Theory]
    [InlineData("Sat 21 Mar", 3, 21)]
    [InlineData("saturday 21 march", 3, 21)]
    [InlineData("Sat, 21st March", 3, 21)]
    [InlineData("Friday March 27", 3, 27)]
    public void An_explicit_day_and_month_win_over_the_weekday_word(string text, int month, int day)
    {
        Assert.Equal(Day(month, day), Read(text, Expectation.Timer).Timer?.EndsOn);
    }

    [Theory]
    [InlineData("the day before yesterday", -2)]
    [InlineData("day before yesterday", -2)]
    [InlineData("delivered the day before yesterday", -2)]
    public void The_day_before_yesterday_is_two_days_back(string text, int days)
    {
        Assert.Equal(new DateFact(Today.AddDays(days)), Read(text, Expectation.DeliveredOn).DeliveredOn);
    }

    [Theory]
    [InlineData("it sais 11 dyas left", 11)]
    [InlineData("11 dasy left", 11)]
    [InlineData("2 weeeks left", 14)]
    [InlineData("timer says 3 dyas", 3)]
    public void Unit_words_are_read_through_small_typos(string text, int days)
    {
        Assert.Equal(DaysAhead(days), Read(text, Expectation.Timer).Timer?.EndsOn);
    }

    [Theory]
    [InlineData("a fortnight ago", 14)]
    [InlineData("shipped a fortnight ago", 14)]
    [InlineData("sent 2 fortnights ago", 28)]
    public void A_fortnight_is_fourteen_days(string text, int daysAgo)
    {
        Assert.Equal(new DateFact(DaysAgo(daysAgo)), Read(text, Expectation.ShippedOn).ShippedOn);
    }

    [Fact]
    public void A_clause_ending_ordinal_is_the_most_recent_such_day()
    {
        Assert.Equal(new DateFact(Day(3, 3)), Read("sorry, it was actually the 3rd", Expectation.Payment).UnplacedDate);
        Assert.Equal(new DateFact(Day(2, 25)), Read("no wait, it was the 25th", Expectation.Payment).UnplacedDate);
    }

    [Fact]
    public void An_ordinal_that_counts_a_piece_is_no_date()
    {
        Assert.Null(Read("the 2nd one is broken", Expectation.Payment).UnplacedDate);
    }

    [Theory]
    [InlineData("my dispute is already open since 3 march", Expectation.Timer)]
    [InlineData("opened it on 3 march", Expectation.PaidOn)]
    [InlineData("dispute open since 3 march", Expectation.Nothing)]
    public void Words_of_an_open_dispute_date_the_dispute(string text, Expectation expecting)
    {
        var facts = Read(text, expecting);
        Assert.Equal(new DisputeFact(DisputeKind.Open, Day(3, 3)), facts.Dispute);
        Assert.Null(facts.PaidOn);
        Assert.Null(facts.Timer);
    }

    [Fact]
    public void Opened_it_last_tuesday_at_the_payment_question_is_the_dispute_day()
    {
        var facts = Read("opened it last tuesday", Expectation.PaidOn);
        Assert.Equal(Day(3, 17), facts.Dispute?.On);
        Assert.Null(facts.PaidOn);
    }

    [Theory]
    [InlineData("seller says to wait another 2 weeks but my timer has 3 days left", 3)]
    [InlineData("the seller asked me to wait 10 more days, timer shows 4 days", 4)]
    [InlineData("seller just messaged: \"friend pls extend the protection 20 days, the parcel is coming\". there are two days left on the counter", 2)]
    public void A_span_the_seller_asks_to_wait_is_not_the_timer(string text, int daysLeft)
    {
        Assert.Equal(DaysAhead(daysLeft), Read(text, Expectation.Timer).Timer?.EndsOn);
    }

    [Fact]
    public void A_wait_request_alone_gives_no_timer()
    {
        Assert.Null(Read("seller says wait another 2 weeks", Expectation.Timer).Timer);
    }

    [Fact]
    public void A_recount_without_the_ordered_count_is_a_received_only_count()
    {
        var facts = Read("i recounted, only 3 came");
        Assert.Null(facts.Quantities);
        Assert.Equal(3, facts.ReceivedOnly);
        Assert.Null(facts.Arrival);
    }

    [Fact]
    public void A_full_count_pair_is_no_received_only_count()
    {
        var facts = Read("ordered 10, got 5");
        Assert.Equal(5, facts.Quantities?.Received);
        Assert.Null(facts.ReceivedOnly);
    }
}
