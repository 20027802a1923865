using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>
/// What a buyer is told about a seller's offer, written from the guides: a partial refund keeps the item and a full one
/// may need a return at the buyer's cost (seed 000 lines 130-140; seed 004 line 63); the partial amount is the buyer's
/// to set (seed 004 line 36); nothing is closed or confirmed before the money is in the dispute (seed 000 lines 79,
/// 122-126; seed 004 line 15); an unshipped order is cancelled, not waited on against a timer (seed 002 lines 17-33).
/// </summary>
public sealed class OfferTranscripts
{
    private static string Said(IReadOnlyList<Reply> replies) =>
        string.Join("\n", replies.OfType<TextReply>().Select(r => r.Text));

    private static Transcript BrokenItem()
    {
        var chat = new Transcript(today: "2026-12-07");
        chat.Send("yes it came but its broken");
        return chat;
    }

    [Fact]
    public void A_partial_offer_is_said_as_a_share_of_what_the_buyer_paid_and_what_keeping_the_item_means()
    {
        var said = Said(BrokenItem().Send("seller offers 5 dollars back, i paid 28"));

        Assert.Contains("The seller offers 5 USD of the 28 USD you paid: about 18% of the price.", said, StringComparison.Ordinal);
        Assert.Contains("With a partial refund you keep the item", said, StringComparison.Ordinal);
        Assert.Contains("Keep the dispute open until the money has come through", said, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_typed_in_words_is_the_price()
    {
        var chat = new Transcript(today: "2026-12-07");
        chat.Send("the lamp arrived damaged");

        var said = Said(chat.Send("seller says 4 usd refund, i paid fourty five"));

        Assert.Equal(45m, chat.State!.PaidAmount);
        Assert.Equal(4m, chat.State.OfferAmount);
        Assert.Contains("about 9% of the price", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seller offers 30% refund")]
    [InlineData("they said refund 30 percent")]
    public void A_percent_offer_is_worked_out_in_money_from_the_price(string offer)
    {
        var chat = BrokenItem();
        chat.Send("i paid 40 dollars");

        var said = Said(chat.Send(offer));

        Assert.Equal(30m, chat.State!.OfferPercent);
        Assert.Contains("The seller offers 30% back: that is 12 USD of the 40 USD you paid.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is that fair")]
    [InlineData("so should i accept?")]
    [InlineData("what should i do then")]
    public void A_follow_up_question_after_an_offer_is_answered_from_the_offer_and_the_price(string question)
    {
        var chat = BrokenItem();
        chat.Send("seller offers 5 dollars back, i paid 28");

        var said = Said(chat.Send(question));

        Assert.Contains("about 18% of the price", said, StringComparison.Ordinal);
        Assert.Contains("reject it inside the dispute", said, StringComparison.Ordinal);
        Assert.DoesNotContain("I don't have an answer", said, StringComparison.Ordinal);
    }

    [Fact]
    public void How_much_to_ask_for_after_an_offer_names_the_price_the_buyer_paid()
    {
        var chat = BrokenItem();
        chat.Send("seller offers 5 dollars back, i paid 28");

        var said = Said(chat.Send("how much do i ask for now"));

        Assert.Contains("all 28 USD you paid", said, StringComparison.Ordinal);
        Assert.Contains("you keep the item", said, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pasted_message_asking_to_close_and_to_confirm_gets_both_warnings_and_keeps_its_facts()
    {
        var chat = new Transcript(today: "2026-12-07");

        var replies = chat.Send("parcel never came, 8 days left on the timer. seller wrote: Dear friend, please close the dispute and we will resend a new one. Please confirm order received when you get it, thank you");

        var warnings = replies.OfType<TextReply>().Where(r => r.Tone == ReplyTone.Warning).Select(r => r.Text).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("Don't close the dispute", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Don't confirm receipt", StringComparison.Ordinal));
        Assert.Equal(Arrival.No, chat.State!.Arrival);
        Assert.Equal(new DateOnly(2026, 12, 15), chat.State.ProtectionEndsOn);
    }

    [Fact]
    public void A_return_dearer_than_the_item_is_weighed_when_told_not_only_when_asked()
    {
        var chat = new Transcript(today: "2026-12-07");
        chat.Send("the mug arrived damaged");

        var replies = chat.Send("return postage would be 25, the item was 19");

        Assert.DoesNotContain(replies, r => r is TextReply { Tone: ReplyTone.Warning });
        var said = Said(replies);
        Assert.Contains("Returning would cost 25, as much as or more than the item's 19", said, StringComparison.Ordinal);
        Assert.Contains("choose not to ship the item back", said, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_full_and_partial_refunds_is_answered_without_a_warning()
    {
        var replies = new Transcript(today: "2026-12-07").Send("what's the difference between a full and partial refund");

        Assert.DoesNotContain(replies, r => r is TextReply { Tone: ReplyTone.Warning });
        Assert.Contains("partial refund", Said(replies), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wait_asked_on_an_unshipped_order_gets_the_cancellation_not_the_extension()
    {
        var chat = new Transcript(today: "2026-12-07");
        chat.Send("my order still says awaiting shipment");

        var replies = chat.Send("seller says wait 2 more weeks");

        Assert.DoesNotContain(replies, r => r is TextReply { Tone: ReplyTone.Warning });
        var said = Said(replies);
        Assert.Contains("buyer protection hasn't started yet", said, StringComparison.Ordinal);
        Assert.Contains("up to 9 days", said, StringComparison.Ordinal);
        Assert.DoesNotContain("extension", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_cancellation_asked_in_words_gets_the_waiting_answer_not_the_deadlines()
    {
        var chat = new Transcript(today: "2026-12-07");
        chat.Send("order not shipped yet, awaiting shipment");

        var replies = chat.Send("ok i asked to cancel, waiting");

        var said = Said(replies);
        Assert.Contains("2 days", said, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r is CardReply);
        Assert.Equal(DialogStep.Unshipped, chat.State!.Step);
    }
}
