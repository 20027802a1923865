using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Whatever arrives, at whatever step, the buyer gets a clear reprompt and the state stays sound.</summary>
public sealed class BadInputTranscripts
{
    public static TheoryData<string> HostileInputs => new()
    {
        "",
        "   ",
        new string('a', 10_000),
        "🙂🙂🙂 👍",
        "\u202Eשלום, החבילה לא הגיעה\u202C",
        "\u0000\u0001\u0007\u001b[31m",
        "\uD800 lone surrogate",
        "31/02/2026",
        "<script>alert(1)</script> & co",
    };

    /// <summary>One conversation parked at each step that waits for an answer.</summary>
    public static IEnumerable<object[]> Steps()
    {
        foreach (var step in new[] { "arrival", "problem", "timer", "shipped", "payment", "paid", "opened", "evidence", "summary" })
        {
            foreach (var input in HostileInputs)
            {
                yield return [step, input];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Hostile_input_at_any_step_gets_a_reprompt_and_the_same_step(string step, string input)
    {
        var chat = At(step);
        var before = chat.State!.Step;
        var replies = chat.Send(new TextInput(input));

        Assert.NotEmpty(replies);
        Assert.IsType<ChoicesReply>(replies[^1]);
        Assert.True(
            chat.State!.Step == before || (input == "31/02/2026" && before == DialogStep.AskTimer),
            $"Step moved from {before} to {chat.State.Step} on hostile input.\n{Transcript.Describe(replies)}");
        Assert.All(replies.OfType<TextReply>(), r => Assert.True(r.Text.Length < 2000));
    }

    [Fact]
    public void An_impossible_date_is_refused_with_a_reason()
    {
        At("shipped").Play(
            "> 31/02/2026",
            "< That date doesn't exist in the calendar.*",
            "< ? On which day did the seller ship the order?*");
    }

    [Fact]
    public void A_future_shipping_date_is_refused()
    {
        At("shipped").Play(
            "> 2026-04-01",
            "< 1 April 2026 is still in the future. Could you check it?",
            "< ? On which day did the seller ship the order?*");
    }

    [Fact]
    public void A_delivery_date_before_the_shipping_date_is_refused()
    {
        var chat = new Transcript().Play("> /start", "< *", "< ? *", "> [yes]", "< ? *", "> [damaged]", "< *", "< *", "< ? *",
            "> [no_timer]", "< *", "< ? On which day did the seller ship*",
            "> 2026-03-01", "< *", "< ? On which day did it arrive*",
            "> 2026-02-25",
            "< Delivery on 25 February 2026 would be before the shipping date you gave (1 March 2026). Could you check it?",
            "< ? On which day did it arrive*");
        Assert.Null(chat.State!.DeliveredOn);
    }

    [Fact]
    public void A_countdown_longer_than_any_protection_is_refused()
    {
        At("timer").Play("> 400 days left", "< That's further away than any protection timer runs.*", "< ? Open the order on AliExpress*");
    }

    [Fact]
    public void A_press_on_an_old_keyboard_is_explained_and_the_current_question_asked()
    {
        At("payment").Play("> [old:yes]", "< That button belongs to an earlier question.*", "< ? How did you pay for the order?*");
    }

    [Fact]
    public void A_press_of_an_unknown_button_gets_a_reprompt()
    {
        At("payment").Play("> [no_such_button]", "< How did you pay: card, PayPal, or something else?", "< ? How did you pay for the order?*");
    }

    [Fact]
    public void An_ambiguous_date_is_confirmed_back_and_the_answer_sets_the_date_order()
    {
        var chat = At("shipped").Play(
            "> 03/02",
            "< ? Just to be sure: did you mean 3 February 2026 or 2 March 2026? [date_a|date_b]",
            "> [date_a]",
            "< Noted: shipped on 3 February 2026.",
            "< ? On which day did it arrive*");
        Assert.True(chat.State!.DayFirst);

        // The order is now known, so the next numeric date is not asked about again.
        chat.Play("> 07/03", "< Noted: delivered on 7 March 2026. That leaves you until 22 March 2026 at the latest*", "< ? How did you pay*");
    }

    [Fact]
    public void A_month_first_locale_reads_numeric_dates_month_first()
    {
        var chat = new Transcript(locale: "en-US").Play("> /start", "< *", "< ? *", "> [yes]", "< ? *", "> [damaged]", "< *", "< *", "< ? *",
            "> [no_timer]", "< *", "< ? *",
            "> 02/03",
            "< ? Just to be sure: did you mean 3 February 2026 or 2 March 2026? [date_a|date_b]");
        Assert.Equal(new DateOnly(2026, 2, 3), chat.State!.PendingDate);
    }

    [Fact]
    public void An_image_over_two_megabytes_or_in_a_refused_format_gets_a_warning()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Play(
            "> [photo 3.5MB broken.heic]",
            "< ! That image is 3.5 MB. The dispute form takes at most 2 MB*",
            "< ! The dispute form doesn't take .heic images*",
            "< Ticked: *",
            "< ? Tick what you already have*");
    }

    [Fact]
    public void A_file_sent_before_the_problem_is_known_is_kept_for_later()
    {
        new Transcript().Play(
            "> [photo]",
            "< Hi, I'm DisputeBot.*",
            "< Thanks, keep that file.*",
            "< ? First: did your package arrive? [yes|no|partly]");
    }

    [Fact]
    public void State_stays_under_two_kilobytes_after_a_long_conversation_with_long_texts()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        for (var i = 0; i < 30; i++)
        {
            chat.Send(new TextInput("the seller keeps saying it was fine when it left but the box was crushed " + new string('x', 500)));
        }

        Assert.True(chat.LastStateBytes <= Transcript.MaxStateBytes, $"{chat.LastStateBytes} bytes");
    }

    private static Transcript At(string step)
    {
        var chat = new Transcript().Say("/start");
        if (step == "arrival")
        {
            return chat;
        }

        chat.Say("[yes]");
        if (step == "problem")
        {
            return chat;
        }

        chat.Say("[damaged]");
        if (step == "timer")
        {
            return chat;
        }

        chat.Say("[no_timer]");
        if (step == "shipped")
        {
            return chat;
        }

        chat.Say("2026-03-01").Say("2026-03-05");
        if (step == "payment")
        {
            return chat;
        }

        chat.Say("[card]");
        if (step == "paid")
        {
            return chat;
        }

        chat.Say("[dont_know]");
        if (step == "opened")
        {
            return chat;
        }

        chat.Say("[not_yet]");
        if (step == "evidence")
        {
            return chat;
        }

        return chat.Say("[done]");
    }
}
