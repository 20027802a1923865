using System.Globalization;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Reminders;

/// <summary>
/// Reminders of the deadlines, as a buyer has them. The clock starts on 10 March 2026 at 12:00 UTC; the buyer's
/// countdown ends on 22 March 2026 (12 days left), the last day to open the dispute. With no time zone from the
/// channel the bot goes by UK time, which is UTC in March until the clocks change on 29 March.
/// </summary>
public sealed class ReminderTranscripts
{
    private static readonly DateTimeOffset ThreeDaysBefore = At("2026-03-19T10:00:00Z");
    private static readonly DateTimeOffset DayBefore = At("2026-03-21T10:00:00Z");

    [Fact]
    public void Once_the_deadlines_are_known_one_button_turns_on_reminders_three_days_and_one_day_before_the_last_day()
    {
        var chat = AtEvidence();
        Assert.Contains("remind", Ids(chat.LastReplies[^1]));

        chat.Play(
            "> [remind]",
            "< Reminders are on. I'll message you here:\n• Last day to open a dispute, 22 March 2026: a few days before\n• Last day to open a dispute, 22 March 2026: the day before",
            "< I can't see your time zone here, so I'm going by UK time*",
            "< ? Tick what you already have*");

        Assert.DoesNotContain("remind", Ids(chat.LastReplies[^1]));
        Assert.Single(chat.Events, e => e.Kind == DialogEventKind.ReminderSet);
        Assert.Equal([ThreeDaysBefore, DayBefore], chat.State!.Reminders!.Select(r => r.DueAt));
        Assert.Equal(DayBefore.AddDays(-2), chat.State.NextReminderAt);
    }

    [Fact]
    public void The_remind_button_s_label_sent_as_text_turns_reminders_on_as_teams_sends_a_press()
    {
        var chat = AtEvidence();

        chat.Play(
            "> ⏰ Remind me of my dates",
            "< Reminders are on.*",
            "< I can't see your time zone here*",
            "< ? Tick what you already have*");

        Assert.True(chat.State!.RemindersOn);
        Assert.Empty(chat.State.EvidenceDone);
    }

    [Fact]
    public void A_reminder_s_buttons_sent_as_their_labels_work_at_the_checklist_and_tick_nothing()
    {
        var chat = WithReminders();

        var card = chat.Send(new TextInput("Show my deadlines"));
        Assert.Contains(card, r => r is CardReply);
        Assert.Empty(chat.State!.EvidenceDone);

        chat.Say("Stop reminders");
        Assert.False(chat.State!.RemindersOn);
        Assert.Empty(chat.State.EvidenceDone);
    }

    [Fact]
    public void The_calendar_button_s_label_sent_as_text_gives_the_calendar_file()
    {
        var chat = AtEvidence();

        var replies = chat.Send(new TextInput("Add to my calendar"));

        Assert.Contains(replies, r => r is FileReply);
        Assert.Empty(chat.State!.EvidenceDone);
    }

    [Fact]
    public void A_due_reminder_says_the_deadline_and_what_to_do_with_buttons_to_show_the_deadlines_snooze_or_stop_and_comes_once()
    {
        var chat = WithReminders().WaitUntil(ThreeDaysBefore);

        var reminder = Assert.IsType<ChoicesReply>(Assert.Single(chat.Send(new RemindersDueInput())));
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 22 March 2026 (3 days left).\nIf the problem isn't solved, open the dispute", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["deadlines", "snooze_4_3", "remind_stop"], reminder.Choices.Select(c => c.Id));

        Assert.Empty(chat.Send(new RemindersDueInput()));
        Assert.Equal([DayBefore], chat.State!.Reminders!.Select(r => r.DueAt));
    }

    [Fact]
    public void Show_my_deadlines_on_a_reminder_shows_the_card_and_asks_on()
    {
        var chat = WithReminders().WaitUntil(ThreeDaysBefore);
        chat.Send(new RemindersDueInput());
        chat.Play("> [deadlines]", "< # Your deadlines", "< ? Tick what you already have*");
    }

    [Fact]
    public void Snooze_sends_the_same_reminder_again_tomorrow()
    {
        var chat = WithReminders().WaitUntil(ThreeDaysBefore);
        chat.Send(new RemindersDueInput());
        chat.Play("> [snooze_4_3]", "< OK, I'll remind you again on 20 March 2026 at 10:00, your time.", "< ? Tick what you already have*");
        Assert.Contains(chat.State!.Reminders!, r => r.Id == "4_3" && r.DueAt == ThreeDaysBefore.AddDays(1));

        chat.WaitUntil(ThreeDaysBefore.AddDays(1));
        var again = Assert.IsType<ChoicesReply>(Assert.Single(chat.Send(new RemindersDueInput())));
        Assert.Contains("(2 days left)", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_me_tomorrow_sent_as_its_label_as_teams_sends_a_press_snoozes_the_last_reminder_sent()
    {
        // Both reminders are due by the day before: the earlier one is dropped, the later one ("4_1") is sent.
        var chat = WithReminders().WaitUntil(At("2026-03-21T10:00:00Z"));
        Assert.Contains("(1 day left)", Assert.IsType<ChoicesReply>(Assert.Single(chat.Send(new RemindersDueInput()))).Text, StringComparison.Ordinal);
        Assert.Equal("4_1", chat.State!.LastReminder);

        chat.WaitUntil(At("2026-03-21T10:20:00Z"));
        chat.Play("> Remind me tomorrow", "< OK, I'll remind you again on 22 March 2026 at 10:20, your time.", "< ? Tick what you already have*");
        Assert.Equal(At("2026-03-22T10:20:00Z"), Assert.Single(chat.State!.Reminders!).DueAt);
        Assert.Empty(chat.State.EvidenceDone);
    }

    [Fact]
    public void Remind_me_tomorrow_typed_as_the_label_puts_the_reminder_a_day_later_at_the_same_time_your_time()
    {
        var chat = WithReminders().WaitUntil(ThreeDaysBefore.AddMinutes(47));
        chat.Send(new RemindersDueInput());

        chat.Play("> Remind me tomorrow", "< OK, I'll remind you again on 20 March 2026 at 10:47, your time.", "< ? Tick what you already have*");
        Assert.Contains(chat.State!.Reminders!, r => r.Id == "4_3" && r.DueAt == ThreeDaysBefore.AddDays(1).AddMinutes(47));
        Assert.Empty(chat.State.EvidenceDone);
    }

    [Fact]
    public void Remind_me_tomorrow_pressed_late_at_night_comes_tomorrow_at_ten_not_in_the_night()
    {
        // The reminder went out at 20:30 UK time; the buyer presses snooze at 23:10.
        var chat = WithReminders().WaitUntil(At("2026-03-19T20:30:00Z"));
        chat.Send(new RemindersDueInput());
        chat.WaitUntil(At("2026-03-19T23:10:00Z"));

        chat.Play("> [snooze_4_3]", "< OK, I'll remind you again on 20 March 2026 at 10:00, your time.", "< ? *");
        Assert.Contains(chat.State!.Reminders!, r => r.Id == "4_3" && r.DueAt == At("2026-03-20T10:00:00Z"));
    }

    [Fact]
    public void Remind_me_tomorrow_typed_before_any_reminder_came_snoozes_nothing()
    {
        var chat = WithReminders();
        var before = chat.State!.Reminders;

        var replies = chat.Send(new TextInput("Remind me tomorrow"));

        Assert.DoesNotContain(replies, r => r is TextReply t && t.Text.StartsWith("OK, I'll remind you again", StringComparison.Ordinal));
        Assert.Equal(before, chat.State!.Reminders);
    }

    [Fact]
    public void On_the_last_day_a_reminder_is_not_put_off()
    {
        var chat = WithReminders().WaitUntil(At("2026-03-22T09:30:00Z"));
        var reminder = Assert.IsType<ChoicesReply>(Assert.Single(chat.Send(new RemindersDueInput())));
        Assert.Contains("(today is the last day)", reminder.Text, StringComparison.Ordinal);
        chat.Play("> [snooze_4_1]", "< Tomorrow is too late for this one: the date is 22 March 2026. Act on it today.", "< ? *");
    }

    [Fact]
    public void Stop_turns_every_reminder_off()
    {
        var chat = WithReminders().WaitUntil(ThreeDaysBefore);
        chat.Send(new RemindersDueInput());
        chat.Play("> [remind_stop]", "< Reminders are off. Send /reminders to turn them on again.", "< ? *");
        Assert.False(chat.State!.RemindersOn);
        Assert.Null(chat.State.NextReminderAt);
        chat.WaitUntil(DayBefore);
        Assert.Empty(chat.Send(new RemindersDueInput()));
    }

    [Fact]
    public void Reminders_lists_them_and_cancels_one_which_new_dates_do_not_bring_back()
    {
        var chat = WithReminders().Play(
            "> /reminders",
            "< ? Your reminders:\n• Last day to open a dispute, 22 March 2026: a few days before\n• *the day before [remind_off_4_3|remind_off_4_1|remind_stop]",
            "< ? Tick what you already have*",
            "> [remind_off_4_1]",
            "< Cancelled: Last day to open a dispute, 22 March 2026: the day before.",
            "< ? Tick what you already have*");
        Assert.Equal(["4_3"], chat.State!.Reminders!.Select(r => r.Id));

        // The buyer reads a new countdown: the reminder moves with the last day; the cancelled one stays away.
        chat.Say("15 days left");
        Assert.Equal(new DateOnly(2026, 3, 25), chat.State!.ProtectionEndsOn);
        var moved = Assert.Single(chat.State.Reminders!);
        Assert.Equal((new DateOnly(2026, 3, 25), At("2026-03-22T10:00:00Z")), (moved.Date, moved.DueAt));
    }

    [Fact]
    public void Reminders_before_any_deadline_says_they_come_once_the_deadlines_are_known()
    {
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> /reminders", "< You have no reminders set. Once I know your deadlines, I can remind you before them.", "< ? First: did your package arrive?*");
    }

    [Fact]
    public void Reminders_while_off_offers_the_button()
    {
        var chat = AtEvidence();
        chat.Play(
            "> /reminders",
            "< ? You have no reminders set. Shall I remind you before your deadlines? [remind]",
            "< ? Tick what you already have*",
            "> [remind]", "< Reminders are on.*", "< *", "< ? *");
        Assert.True(chat.State!.RemindersOn);
    }

    [Fact]
    public void Forget_deletes_the_reminders_with_everything_else()
    {
        var chat = WithReminders();
        chat.Play("> /forget", "< Done: I've deleted everything*");
        Assert.True(chat.LastResult!.ForgetConversation);
        Assert.Null(chat.State);
    }

    [Fact]
    public void Nothing_is_sent_at_night_the_buyer_s_time_a_reminder_due_then_waits_for_the_morning()
    {
        // Every instance was down from 10:00 until 23:00 the day before the last day.
        var chat = WithReminders().WaitUntil(At("2026-03-21T23:00:00Z"));
        Assert.Empty(chat.Send(new RemindersDueInput()));
        Assert.Equal(1, chat.LastResult!.RemindersDropped);
        Assert.Equal(At("2026-03-22T09:00:00Z"), chat.State!.NextReminderAt);

        chat.WaitUntil(At("2026-03-22T09:00:00Z"));
        var late = Assert.IsType<ChoicesReply>(Assert.Single(chat.Send(new RemindersDueInput())));
        Assert.Contains("(today is the last day)", late.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reminder_missed_until_its_deadline_passed_is_dropped_not_sent()
    {
        var chat = WithReminders().WaitUntil(At("2026-03-23T12:00:00Z"));
        Assert.Empty(chat.Send(new RemindersDueInput()));
        Assert.Equal(2, chat.LastResult!.RemindersDropped);
        Assert.Null(chat.State!.NextReminderAt);
    }

    [Fact]
    public void The_time_zone_the_channel_reports_sets_the_hour_and_needs_no_note()
    {
        // New York is on summer time (UTC−4) from 8 March 2026: 10:00 there is 14:00 UTC.
        var chat = AtEvidence(new Transcript(timeZone: "America/New_York"));
        chat.Play("> [remind]", "< Reminders are on.*", "< I'll only message you in the daytime, your time, never at night.", "< ? *");
        Assert.Equal("America/New_York", chat.State!.TimeZone);
        Assert.Equal([At("2026-03-19T14:00:00Z"), At("2026-03-21T14:00:00Z")], chat.State.Reminders!.Select(r => r.DueAt));

        // 13:00 UTC is 09:00 in New York: daytime there, but the reminder is not due until 10:00.
        chat.WaitUntil(At("2026-03-19T13:00:00Z"));
        Assert.Empty(chat.Send(new RemindersDueInput()));
        chat.WaitUntil(At("2026-03-19T14:00:00Z"));
        Assert.Single(chat.Send(new RemindersDueInput()));
    }

    [Fact]
    public void An_open_dispute_brings_reminders_on_the_day_the_seller_must_answer_and_the_day_to_escalate()
    {
        var chat = AtEvidence().Say("[remind]");
        chat.Say("I opened a dispute today");
        var kinds = chat.State!.Reminders!.Select(r => r.Kind).ToHashSet();
        Assert.Contains(DeadlineKind.SellerResponseBy, kinds);
        Assert.Contains(DeadlineKind.EscalateFrom, kinds);
        Assert.All(chat.State.Reminders!, r => Assert.Equal(0, r.LeadDays));
        Assert.DoesNotContain(chat.State.Reminders!, r => r.Kind is DeadlineKind.LastDisputeDay or DeadlineKind.ProtectionEnds);
    }

    [Theory]
    [InlineData("es", "Recordatorios activados. Te escribiré por aquí:*", "No veo tu zona horaria aquí, así que me guío por la hora de España peninsular*", "⏰ Recordatorio. ")]
    [InlineData("pl", "Przypomnienia włączone. Napiszę do Ciebie tutaj:*", "Nie widzę tu Twojej strefy czasowej, więc kieruję się czasem polskim*", "⏰ Przypomnienie. ")]
    public void With_no_time_zone_from_the_channel_the_language_s_usual_zone_sets_the_hour_and_the_buyer_is_told(string language, string on, string note, string reminderStart)
    {
        // Madrid and Warsaw are on UTC+1 in March until the clocks change on 29 March: 10:00 there is 09:00 UTC.
        var chat = AtEvidence().Play($"> /language {language}", "< *", "< ? *");
        chat.Play("> [remind]", "< " + on, "< " + note, "< ? *");
        Assert.Equal([At("2026-03-19T09:00:00Z"), At("2026-03-21T09:00:00Z")], chat.State!.Reminders!.Select(r => r.DueAt));

        chat.WaitUntil(At("2026-03-19T09:00:00Z"));
        var reminder = Assert.IsType<ChoicesReply>(Assert.Single(chat.Send(new RemindersDueInput())));
        Assert.StartsWith(reminderStart, reminder.Text, StringComparison.Ordinal);
    }

    /// <summary>A not-received order at the evidence step: countdown 12 days left, shipped 20 February, PayPal.</summary>
    private static Transcript AtEvidence(Transcript? chat = null) => (chat ?? new Transcript()).Play(
        "> /start", "< *", "< ? *",
        "> [no]", "< ? *",
        "> [in_transit]", "< *", "< *", "< ? *",
        "> 12 days left", "< *", "< ? *",
        "> 2026-02-20", "< *", "< ? *",
        "> [paypal]", "< ? *",
        "> 18 February", "< *", "< ? *",
        "> [not_yet]", "< # Your deadlines", "< ☐ *", "< ? Tick what you already have*");

    private static Transcript WithReminders() => AtEvidence().Say("[remind]");

    private static string[] Ids(Reply reply) => [.. Assert.IsType<ChoicesReply>(reply).Choices.Select(c => c.Id)];

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
