using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Whole disputes, start to summary, as a buyer would have them. The clock is pinned to 10 March 2026.</summary>
public sealed class WholeDisputeTranscripts
{
    [Fact]
    public void A_parcel_that_never_came_is_coached_from_the_timer_to_the_summary_by_buttons() =>
        Transcript.Run(
            "> /start",
            "< Hi, I'm DisputeBot.*not legal advice*",
            "< ? First: did your package arrive? [yes|no|partly]",
            "> [no]",
            "< ? What's happening with the parcel?* [in_transit|no_tracking|customs|returned_to_seller|wrong_address|delivered_not_received]",
            "> [no_tracking]",
            "< Got it: *",
            "< *",
            "< ? Open the order on AliExpress*countdown* [no_timer]",
            "> 12 days left",
            "< Noted: your protection ends on 22 March 2026, 12 days from today.",
            "< ? On which day did the seller ship the order?* [dont_know]",
            "> 2026-02-20",
            "< Noted: shipped on 20 February 2026. You can already open a not-received dispute: that became possible on 2 March 2026*",
            "< ? How did you pay for the order? [card|paypal|other_payment]",
            "> [paypal]",
            "< ? On which day did you pay? [dont_know]",
            "> 18 February",
            "< Noted: paid on 18 February 2026.",
            "< ? Have you already opened a dispute*? [not_yet|today]",
            "> [not_yet]",
            "< # Your deadlines",
            "< ☐ Evidence for: *",
            "< ? Tick what you already have* [...]",
            "> [done]",
            "< # Your dispute summary",
            "< ? What next? [evidence|remind|calendar|restart]");

    [Fact]
    public void The_deadlines_name_the_first_and_last_day_to_open_a_dispute_with_their_sources()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [no]", "< ? *",
            "> [in_transit]", "< *", "< *", "< ? *",
            "> 12 days left", "< *", "< ? *",
            "> 2026-02-20", "< *", "< ? *",
            "> [paypal]", "< ? *",
            "> 18 February", "< *", "< ? *");
        var replies = chat.Send(new ChoiceInput("not_yet", chat.State!.PromptId));
        var card = Assert.IsType<CardReply>(replies[0]);
        var dates = string.Join("\n", card.Sections[0].Lines);
        Assert.Contains("First day to open a not-received dispute (an estimate): 2 March 2026 (you can open it now)", dates, StringComparison.Ordinal);
        Assert.Contains("Last day to open a dispute: 22 March 2026 (12 days left)", dates, StringComparison.Ordinal);
        Assert.Contains("Last day for a PayPal dispute: 17 August 2026", dates, StringComparison.Ordinal);
        Assert.Contains("Source: ", dates, StringComparison.Ordinal);
        var meaning = string.Join("\n", card.Sections[1].Lines);
        Assert.Contains("These dates come from the countdown on your order page", meaning, StringComparison.Ordinal);
        Assert.Contains("Confirmation Timeout", meaning, StringComparison.Ordinal);
        Assert.Contains("extend purchase protection", meaning, StringComparison.Ordinal);
        Assert.Contains("PayPal dispute within 180 days", meaning, StringComparison.Ordinal);

        // Paid with PayPal: the card chargeback line does not apply (domain-rules.md, "The chargeback line appears only for card payments").
        Assert.DoesNotContain("chargeback", meaning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_empty_box_described_in_the_first_message_skips_the_arrival_question() =>
        Transcript.Run(
            "> the box came empty",
            "< Hi, I'm DisputeBot.*",
            "< Got it: Empty package*",
            "< *",
            "< ? Open the order on AliExpress* [no_timer]");

    [Fact]
    public void A_quantity_shortage_in_free_text_keeps_the_counts_for_the_summary()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [partly]",
            "< ? What's wrong with what you received?* [quantity_shortage|missing_parts|...]",
            "> only 5 of the 12 brooches came",
            "< Got it: *",
            "< *unboxing video*",
            "< ? Open the order on AliExpress* [no_timer]");
        Assert.Equal(5, chat.State!.QuantityReceived);
        Assert.Equal(12, chat.State.QuantityOrdered);

        var summary = Assert.IsType<CardReply>(chat.Send(new TextInput("/summary"))[0]);
        Assert.Contains(summary.Sections[0].Lines, line => line == "You received 5 of 12 pieces.");
        var description = Assert.Single(summary.Sections, s => s.Copyable).Lines[0];
        Assert.Contains("12", description, StringComparison.Ordinal);
        Assert.Contains("5", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_timer_the_bot_estimates_from_the_delivery_date_and_says_so()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [yes]", "< ? *",
            "> it arrived broken, the glass is cracked",
            "< Got it: Arrived damaged*", "< *", "< ? *",
            "> [no_timer]",
            "< No problem. I'll estimate from the dates instead*",
            "< ? On which day did the seller ship the order?*",
            "> 20 days ago",
            "< Noted: shipped on 18 February 2026.",
            "< ? On which day did it arrive*",
            "> 3 days ago",
            "< Noted: delivered on 7 March 2026. That leaves you until 22 March 2026 at the latest*",
            "< ? How did you pay*",
            "> card", "< ? On which day did you pay?*",
            "> [dont_know]", "< No problem. Without the payment day*", "< ? Have you already opened a dispute*");
        var card = Assert.IsType<CardReply>(chat.Send(new ChoiceInput("not_yet", chat.State!.PromptId))[0]);
        Assert.Contains(card.Sections[1].Lines, l => l.StartsWith("These dates are estimates from public rules", StringComparison.Ordinal));
        Assert.Contains(card.Sections[0].Lines, l => l.StartsWith("Last day to open a dispute (an estimate): 22 March 2026 (12 days left)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_buyer_can_tick_evidence_by_button_by_words_and_by_sending_a_video()
    {
        var chat = AtEvidenceFor("empty_package");
        var checklist = chat.State!;
        Assert.Empty(checklist.EvidenceDone);

        chat.Play("> [video unboxing.mp4]", "< Ticked: *(1 of *", "< ? Tick what you already have*");
        chat.Play("> I have a photo of the shipping label", "< Ticked: *(2 of *", "< ? Tick what you already have*");
        Assert.Equal(2, chat.State!.EvidenceDone.Count);
        Assert.Contains(chat.Send("/evidence"), r => r is ChecklistReply list && list.Lines.Count(l => l.Done) == 2);
    }

    [Fact]
    public void The_summary_lists_the_missing_evidence_and_a_description_ready_to_paste()
    {
        var chat = AtEvidenceFor("empty_package");
        var replies = chat.Send(new ChoiceInput("done", chat.State!.PromptId));
        var summary = Assert.IsType<CardReply>(replies[0]);
        Assert.Equal("Your dispute summary", summary.Title);
        Assert.Equal(["Problem", "Deadlines", "Evidence still missing", "Dispute description, ready to paste", "Remember"], summary.Sections.Select(s => s.Heading));
        Assert.NotEmpty(summary.Sections[2].Lines);
        var description = Assert.Single(summary.Sections, s => s.Copyable).Lines[0];
        Assert.DoesNotContain("{", description, StringComparison.Ordinal);
        Assert.Contains("empty", description, StringComparison.Ordinal);

        // The dispute text states facts in the buyer's own voice, not a paste of the chat (the buyer's words go in only
        // if they choose to add them).
        Assert.DoesNotContain("the box came empty, nothing inside", description, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A conversation that reached the evidence step for a received problem.</summary>
    internal static Transcript AtEvidenceFor(string category)
    {
        var chat = new Transcript();
        chat.Say("/start").Say("[yes]");
        if (category == "empty_package")
        {
            chat.Say("the box came empty, nothing inside");
        }
        else
        {
            chat.Say($"[{category}]");
        }

        chat.Say("12 days left").Say("3 days ago").Say("[card]").Say("[dont_know]").Say("[not_yet]");
        Assert.Equal(DialogStep.Evidence, chat.State!.Step);
        return chat;
    }
}
