using System.Text;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>"Add to calendar": the deadlines ahead as a calendar file. The clock is pinned to 10 March 2026, 12:00 UTC.
/// (The file is read with an independent parser in the host's tests, tests/DisputeBot.Tests/Calendar.)</summary>
public sealed class CalendarTranscripts
{
    [Fact]
    public void Asking_for_a_calendar_before_any_deadline_is_known_says_what_is_needed_and_asks_on() =>
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> /calendar",
            "< I can make a calendar file as soon as I know a deadline. Tell me whether your package arrived and what the countdown*",
            "< ? First: did your package arrive? [yes|no|partly]");

    [Fact]
    public void No_calendar_button_is_offered_before_the_deadlines_are_known() =>
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [no]",
            "< ? What's happening with the parcel?* [in_transit|no_tracking|customs|returned_to_seller|wrong_address|delivered_not_received]");

    [Fact]
    public void Once_the_deadlines_are_shown_the_evidence_question_offers_the_calendar_and_the_button_sends_the_file()
    {
        var chat = NotReceivedWithTimer("12 days left");
        var question = Assert.IsType<ChoicesReply>(chat.LastReplies[^1]);
        Assert.Contains(question.Choices, c => c.Id == "calendar" && c.Label == "Add to my calendar");

        chat.Play(
            "> [calendar]",
            "< 📎 aliexpress-deadlines.ics: Your deadlines as a calendar file*",
            "< ? Tick what you already have* [...]");
        var file = Assert.IsType<FileReply>(chat.Send("/calendar")[0]);
        Assert.Equal("text/calendar", file.MediaType);

        // 12 days from 10 March is the countdown's end, the buyer's own number: an all-day event on that day.
        var ics = Unfolded(file);
        Assert.Contains("DTSTART;VALUE=DATE:20260322\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:AliExpress: Last day to open a dispute\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VALARM", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_countdown_given_to_the_hour_makes_its_end_an_event_at_that_moment()
    {
        // Over the extension window's few last days, so no "open now" line is added to the transcript's shape.
        var chat = NotReceivedWithTimer("6 days 5 hours left");
        var file = Assert.IsType<FileReply>(chat.Send("/calendar")[0]);

        // 10 March 12:00 UTC + 6 days 5 hours.
        var ics = Unfolded(file);
        Assert.Contains("DTSTART:20260316T170000Z\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("VALUE=DATE:20260316", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void With_every_date_behind_us_there_is_nothing_to_put_in_a_calendar_and_the_buyer_is_told_so()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [yes]", "< ? *",
            "> [damaged]", "< *", "< *", "< ? *",
            "> [no_timer]", "< *", "< ? *",
            "> 1 January", "< *", "< ? *",
            "> 10 January", "< *", "< ? *",
            "> [other_payment]", "< ? *");
        chat.Play(
            "> /calendar",
            "< Every date I know is already behind us, so there's nothing to put in a calendar. Send /deadlines*",
            "< ? *");
        Assert.DoesNotContain(chat.LastReplies.OfType<ChoicesReply>().Single().Choices, c => c.Id == "calendar");
    }

    [Fact]
    public void A_russian_conversation_gets_its_calendar_titled_in_russian()
    {
        var chat = new Transcript(locale: "ru-RU").Play(
            "> /start", "< *", "< ? *",
            "> [no]", "< ? *",
            "> [no_tracking]", "< *", "< *", "< ? *",
            "> 12", "< *", "< ? *");
        var file = Assert.IsType<FileReply>(chat.Send("/calendar")[0]);

        var ics = Unfolded(file);
        Assert.Contains("X-WR-CALNAME:Сроки AliExpress\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:AliExpress: Последний день\\, чтобы открыть спор\r\n", ics, StringComparison.Ordinal);
        Assert.StartsWith("Ваши сроки файлом для календаря", file.Caption, StringComparison.Ordinal);
    }

    /// <summary>A parcel that never came, with the countdown as given, up to the evidence question.</summary>
    [Theory]
    [InlineData("ru", "нет", "осталось 12 дней", "sroki-aliexpress.ics")]
    [InlineData("es", "no", "quedan 12 dias", "plazos-aliexpress.ics")]
    [InlineData("pt-BR", "nao", "faltam 12 dias", "prazos-aliexpress.ics")]
    [InlineData("pl", "nie", "zostalo 12 dni", "terminy-aliexpress.ics")]
    [InlineData("fr", "non", "il reste 12 jours", "delais-aliexpress.ics")]
    public void The_calendar_file_is_named_in_the_buyers_language(string locale, string no, string timer, string fileName)
    {
        var chat = new Transcript(locale: locale);
        chat.Send("/start");
        chat.Send(no);
        chat.Send(timer);
        var file = Assert.Single(chat.Send("/calendar").OfType<FileReply>());
        Assert.Equal(fileName, file.FileName);
    }

    internal static Transcript NotReceivedWithTimer(string timer) => new Transcript().Play(
        "> /start", "< *", "< ? *",
        "> [no]", "< ? *",
        "> [no_tracking]", "< *", "< *", "< ? *",
        "> " + timer, "< *", "< ? *",
        "> 2026-02-20", "< *", "< ? *",
        "> [paypal]", "< ? *",
        "> 18 February", "< *", "< ? *",
        "> [not_yet]", "< # Your deadlines", "< ☐ *", "< ? Tick what you already have* [...]");

    /// <summary>The file's text with folded lines joined (RFC 5545, 3.1).</summary>
    private static string Unfolded(FileReply file) => Encoding.UTF8.GetString(file.Content).Replace("\r\n ", "", StringComparison.Ordinal);
}
