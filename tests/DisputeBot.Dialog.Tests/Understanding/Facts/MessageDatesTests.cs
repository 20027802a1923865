using DisputeBot.Dialog.Understanding.Facts;
using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Dates as buyers type them, placed by their words or by the open question. Today is Wednesday 18 March 2026, 3 pm.</summary>
public class MessageDatesTests
{
    [Theory]
    [InlineData("delivered three weeks ago", 21)]
    [InlineData("it arrived a week ago", 7)]
    [InlineData("arrived a couple of days ago", 2)]
    [InlineData("got it two days ago", 2)]
    [InlineData("delivered 1 week 2 days ago", 9)]
    [InlineData("recieved it yesterday", 1)]
    [InlineData("it came today", 0)]
    public void A_delivery_day_is_read_from_number_words_and_spans(string text, int daysAgo)
    {
        Assert.Equal(new DateFact(DaysAgo(daysAgo)), Read(text).DeliveredOn);
    }

    [Theory]
    [InlineData("delivered last Friday", 3, 13)]
    [InlineData("it was delivered on tuesday", 3, 17)]
    [InlineData("arrived on wednesday", 3, 11)]
    [InlineData("arived monday", 3, 16)]
    public void A_weekday_is_the_most_recent_one_before_today(string text, int month, int day)
    {
        Assert.Equal(new DateFact(Day(month, day)), Read(text).DeliveredOn);
    }

    [Theory]
    [InlineData("12 days", 12)]
    [InlineData("twelve days left", 12)]
    [InlineData("5 days left", 5)]
    [InlineData("1 week 2 days", 9)]
    [InlineData("about two weeks", 14)]
    [InlineData("12d 05:33:10", 12)]
    public void At_the_timer_question_a_bare_span_is_the_time_left(string text, int days)
    {
        var timer = Read(text, Expectation.Timer).Timer;
        Assert.Equal(TimerKind.Running, timer?.Kind);
        Assert.Equal(DaysAhead(days), timer?.EndsOn);
    }

    [Fact]
    public void The_order_pages_countdown_keeps_its_hours()
    {
        Assert.Equal(new TimeSpan(12, 5, 33, 0), Read("12d 05:33:10", Expectation.Timer).Timer?.Left);
    }

    [Theory]
    // 3 pm + 19 hours is 10 am tomorrow; 3 pm + 5 hours is 8 pm today.
    [InlineData("19 hours left", 1)]
    [InlineData("5 hours left", 0)]
    [InlineData("3 days 4 hours", 3)]
    [InlineData("3 days 10 hours left", 4)]
    public void Hours_left_end_on_the_local_day_they_reach(string text, int days)
    {
        Assert.Equal(DaysAhead(days), Read(text, Expectation.Timer).Timer?.EndsOn);
    }

    [Theory]
    [InlineData("less than a day")]
    [InlineData("less than a day left")]
    [InlineData("under 2 days left")]
    public void Less_than_a_span_ends_today_to_be_safe(string text)
    {
        var timer = Read(text, Expectation.Timer).Timer;
        Assert.Equal(TimerKind.Running, timer?.Kind);
        Assert.Equal(Today, timer?.EndsOn);
    }

    [Fact]
    public void Time_left_on_the_timer_is_read_whatever_question_is_open()
    {
        var timer = Read("there are 12 days left on the timer", Expectation.DeliveredOn).Timer;
        Assert.Equal(DaysAhead(12), timer?.EndsOn);
    }

    [Fact]
    public void At_the_delivery_question_a_bare_date_is_the_delivery_day()
    {
        var facts = Read("5 March", Expectation.DeliveredOn);
        Assert.Equal(new DateFact(Day(3, 5)), facts.DeliveredOn);
        Assert.Null(facts.Timer);
    }

    [Fact]
    public void At_the_delivery_question_a_bare_count_is_days_ago()
    {
        Assert.Equal(new DateFact(DaysAgo(12)), Read("12 days", Expectation.DeliveredOn).DeliveredOn);
    }

    [Fact]
    public void At_the_shipping_question_a_bare_date_is_the_shipping_day()
    {
        Assert.Equal(new DateFact(Day(2, 20)), Read("feb 20", Expectation.ShippedOn).ShippedOn);
    }

    [Fact]
    public void An_end_date_at_the_timer_question_lies_ahead()
    {
        var timer = Read("5 April", Expectation.Timer).Timer;
        Assert.Equal(new TimerFact(TimerKind.Running, Day(4, 5), TimeSpan.FromDays(18)), timer);
    }

    [Theory]
    [InlineData("it ended on 1 December")]
    [InlineData("the timer ended 1 dec")]
    [InlineData("expired on december 1st")]
    public void A_past_end_date_at_the_timer_question_is_the_last_one_not_next_years(string text)
    {
        var timer = Read(text, Expectation.Timer).Timer;
        Assert.Equal(TimerKind.Ended, timer?.Kind);
        Assert.Equal(Day(12, 1, 2025), timer?.EndsOn);
    }

    [Theory]
    [InlineData("Confirmation timeout")]
    [InlineData("the timer ran out")]
    [InlineData("it says the protection has expired")]
    [InlineData("timed out")]
    public void An_ended_timer_is_read_without_a_date(string text)
    {
        var facts = Read(text, Expectation.Timer);
        Assert.Equal(TimerKind.Ended, facts.Timer?.Kind);
    }

    [Fact]
    public void Confirmation_timeout_at_the_timer_question_is_an_answer_not_a_faq()
    {
        Assert.Null(Read("confirmation timeout", Expectation.Timer).Question);
        Assert.Equal("confirmation_timeout", Read("what is confirmation timeout?").Question?.Id);
    }

    [Theory]
    [InlineData("i cant see any timer")]
    [InlineData("no timer")]
    [InlineData("idk")]
    public void No_visible_timer_is_read_at_the_timer_question(string text)
    {
        Assert.Equal(TimerKind.NotVisible, Read(text, Expectation.Timer).Timer?.Kind);
    }

    [Fact]
    public void A_numeric_date_that_reads_two_ways_keeps_both()
    {
        Assert.Equal(new DateFact(Day(3, 5), Day(5, 3, 2025)), Read("delivered 05/03").DeliveredOn);
        Assert.Equal(new DateFact(Day(3, 5), Day(5, 3, 2025)), Read("05/03", Expectation.DeliveredOn).DeliveredOn);
    }

    [Fact]
    public void A_numeric_date_that_reads_one_way_is_plain()
    {
        Assert.Equal(new DateFact(Day(3, 14)), Read("delivered 14/03").DeliveredOn);
    }

    [Theory]
    [InlineData("delivered on 31/02")]
    [InlineData("30 february")]
    public void An_impossible_date_is_flagged(string text)
    {
        var facts = Read(text, Expectation.DeliveredOn);
        Assert.True(facts.ImpossibleDate);
        Assert.Null(facts.DeliveredOn);
    }

    [Fact]
    public void Words_after_a_date_can_place_it()
    {
        Assert.Equal(new DateFact(Day(3, 13)), Read("last friday it was delivered").DeliveredOn);
    }

    [Fact]
    public void A_date_without_a_word_or_a_question_is_not_guessed()
    {
        var facts = Read("3 weeks ago");
        Assert.Null(facts.DeliveredOn);
        Assert.Null(facts.ShippedOn);
        Assert.Null(facts.Timer);
    }

    [Fact]
    public void Each_part_of_a_sentence_keeps_its_own_date()
    {
        var facts = Read("ordered on feb 10, shipped 3 weeks ago, delivered yesterday");
        Assert.Equal(new DateFact(Day(2, 10)), facts.PaidOn);
        Assert.Equal(new DateFact(DaysAgo(21)), facts.ShippedOn);
        Assert.Equal(new DateFact(DaysAgo(1)), facts.DeliveredOn);
    }

    [Fact]
    public void A_clock_time_is_not_a_date()
    {
        Assert.Null(Read("delivered at 10:30").DeliveredOn);
    }
}

/// <summary>The timer's end said as a day, and dates that face the future.</summary>
public class TimerEndDatesTests
{
    [Fact]
    public void A_timer_ending_on_a_weekday_ends_on_the_next_one()
    {
        Assert.Equal(new TimerFact(TimerKind.Running, Day(3, 20), TimeSpan.FromDays(2)), Read("the timer ends on friday").Timer);
    }

    [Fact]
    public void A_timer_end_that_reads_two_ways_keeps_both()
    {
        var timer = Read("protection ends 05/04", Expectation.Timer).Timer;
        Assert.Equal(Day(4, 5), timer?.EndsOn);
        Assert.Equal(Day(5, 4), timer?.EndsOnAlternative);
    }

    [Fact]
    public void A_timer_still_running_is_not_read_as_ended()
    {
        var timer = Read("the timer hasnt ended, 4 days left", Expectation.Timer).Timer;
        Assert.Equal(TimerKind.Running, timer?.Kind);
        Assert.Equal(DaysAhead(4), timer?.EndsOn);
    }

    [Fact]
    public void A_shipping_day_stays_in_the_past_even_at_the_timer_question()
    {
        var facts = Read("shipped on 2 april last year", Expectation.Timer);
        Assert.Equal(new DateFact(Day(4, 2, 2025)), facts.ShippedOn);
        Assert.Null(facts.Timer);
    }

    [Fact]
    public void Slang_and_typos_still_place_the_dates()
    {
        var facts = Read("shiped like 2 wks ago, recieved it tmrw? no lol, got it yday");
        Assert.Equal(new DateFact(DaysAgo(14)), facts.ShippedOn);
        Assert.Equal(new DateFact(DaysAgo(1)), facts.DeliveredOn);
    }
}
