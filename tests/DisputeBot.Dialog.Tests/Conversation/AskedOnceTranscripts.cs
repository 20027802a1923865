using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Issue 13, "facts asked again": a question is skipped when its fact is known OR the buyer said they don't
/// know it (one rule, <c>DisputeConversation.Settled</c>). These walks go through every question step: a fact given
/// early is never asked for, and "idk" / "no idea" / "dont remember" moves on with the safe assumption said, never
/// the same question again. The clock is pinned to Monday 7 December 2026.</summary>
public sealed class AskedOnceTranscripts
{
    private static readonly DialogStep[] QuestionSteps =
    [
        DialogStep.AskTimer, DialogStep.AskShippedOn, DialogStep.AskDeliveredOn, DialogStep.AskPayment,
        DialogStep.AskPaidOn, DialogStep.AskDisputeOpened,
    ];

    [Theory]
    [InlineData("my parcel never came, tracking stuck in transit", "idk")]
    [InlineData("my parcel never came, tracking stuck in transit", "no idea")]
    [InlineData("my parcel never came, tracking stuck in transit", "dont remember")]
    [InlineData("the lamp came broken", "idk")]
    [InlineData("the lamp came broken", "no idea tbh")]
    [InlineData("tracking says delivered but i got nothing", "i dont remember")]
    public void Not_knowing_moves_on_and_no_question_is_asked_twice(string first, string dontKnow)
    {
        var asked = Walk(first, step => step == DialogStep.AskPayment ? "card" : dontKnow);

        Assert.Equal(asked.Distinct().Count(), asked.Count);
        Assert.Contains(DialogStep.AskPaidOn, asked);
        Assert.Contains(DialogStep.AskDisputeOpened, asked);
    }

    [Theory]
    [InlineData("my parcel never came, stuck in transit. the timer says 10 days", DialogStep.AskTimer)]
    [InlineData("my parcel never came, stuck in transit. seller shipped nov 20", DialogStep.AskShippedOn)]
    [InlineData("the lamp came broken, it arrived dec 3", DialogStep.AskDeliveredOn)]
    [InlineData("the lamp came broken, paid with paypal", DialogStep.AskPayment)]
    [InlineData("the lamp came broken, paid by card on nov 20", DialogStep.AskPaidOn)]
    [InlineData("the lamp came broken, already opened a dispute yesterday", DialogStep.AskDisputeOpened)]
    [InlineData("the lamp came broken. no dispute yet", DialogStep.AskDisputeOpened)]
    public void A_fact_given_first_is_never_asked_for(string first, DialogStep known)
    {
        var asked = Walk(first, step => step == DialogStep.AskPayment ? "card" : "idk");

        Assert.DoesNotContain(known, asked);
        Assert.Equal(asked.Distinct().Count(), asked.Count);
    }

    [Fact]
    public void Idk_with_another_fact_in_the_same_message_skips_the_open_question_and_keeps_the_fact()
    {
        // Buyer tester round 8 (new 05): "idk, it came dec 5 tho" at the shipping question was asked again.
        var chat = new Transcript("2026-12-07");
        chat.Say("ordered 10 led strips got only 6, paid by card").Say("no timer visible");
        Assert.Equal(DialogStep.AskShippedOn, chat.State!.Step);

        chat.Say("idk, it came dec 5 tho");

        Assert.Equal(new DateOnly(2026, 12, 5), chat.State!.DeliveredOn);
        Assert.NotEqual(DialogStep.AskShippedOn, chat.State.Step);
        Assert.NotEqual(DialogStep.AskDeliveredOn, chat.State.Step);
    }

    [Fact]
    public void A_no_about_another_fact_does_not_settle_the_open_date_question()
    {
        // "no dispute yet" at the delivery question says no dispute is open; the delivery day is still asked.
        var chat = new Transcript("2026-12-07");
        chat.Say("received a black backpack but i ordered the grey one. timer 10 days. paid 25 usd card").Say("no idea");
        Assert.Equal(DialogStep.AskDeliveredOn, chat.State!.Step);

        chat.Say("no dispute yet");

        Assert.Equal(DialogStep.AskDeliveredOn, chat.State!.Step);
        Assert.Equal(DisputeBot.Dialog.Understanding.Facts.DisputeKind.NotOpened, chat.State.Dispute);
    }

    [Fact]
    public void A_day_beside_the_payment_method_is_the_day_of_paying_not_a_correction()
    {
        // "card, nov 20" at the payment question changed the delivery day to 20 November.
        var chat = new Transcript("2026-12-07");
        chat.Say("my lamp came broken, arrived dec 4").Say("no timer").Say("idk");
        Assert.Equal(DialogStep.AskPayment, chat.State!.Step);

        chat.Say("card, nov 20");

        Assert.Equal((new DateOnly(2026, 12, 4), new DateOnly(2026, 11, 20)), (chat.State!.DeliveredOn, chat.State.PaidOn));
    }

    [Theory]
    [InlineData(DialogStep.AskShippedOn, "unknown.shipped_on")]
    [InlineData(DialogStep.AskDeliveredOn, "unknown.delivered_on")]
    [InlineData(DialogStep.AskPaidOn, "unknown.paid_on")]
    [InlineData(DialogStep.AskDisputeOpened, "unknown.dispute_opened")]
    public void Not_knowing_a_date_says_the_safe_assumption(DialogStep step, string key)
    {
        var said = RealKnowledge.Base.For("en").Messages[key];
        var chat = new Transcript("2026-12-07");
        chat.Say(step == DialogStep.AskDeliveredOn ? "the lamp came broken, paid by card" : "my parcel never came, stuck in transit, paid by card");
        chat.Say("no timer");
        for (var i = 0; i < 6 && chat.State!.Step != step; i++)
        {
            chat.Say("idk");
        }

        Assert.Equal(step, chat.State!.Step);
        chat.Say("no idea");
        Assert.Contains(chat.LastReplies, r => r is TextReply t && t.Text == said);
        Assert.NotEqual(step, chat.State.Step);
    }

    [Fact]
    public void Every_question_step_is_covered_by_the_one_rule()
    {
        var state = new DialogState();
        foreach (var step in QuestionSteps)
        {
            Assert.False(DisputeConversation.Settled(step, state), $"{step} settled with nothing known");
        }

        var known = state with
        {
            ProtectionEndsOn = new DateOnly(2026, 12, 20), ShippedOn = new DateOnly(2026, 11, 1), DeliveredOn = new DateOnly(2026, 12, 1),
            Payment = PaymentMethod.Card, PaidOn = new DateOnly(2026, 10, 30), Dispute = DisputeBot.Dialog.Understanding.Facts.DisputeKind.NotOpened,
        };
        var unknown = state with
        {
            Answered = Answered.Timer | Answered.ShippedOn | Answered.DeliveredOn | Answered.Payment | Answered.PaidOn | Answered.DisputeOpened,
        };
        foreach (var step in QuestionSteps)
        {
            Assert.True(DisputeConversation.Settled(step, known), $"{step} not settled with its fact known");
            Assert.True(DisputeConversation.Settled(step, unknown), $"{step} not settled after \"I don't know\"");
        }
    }

    /// <summary>Answers every question until the checklist; the question steps met, in order.</summary>
    private static List<DialogStep> Walk(string first, Func<DialogStep, string> answer)
    {
        var chat = new Transcript("2026-12-07");
        chat.Say(first);
        var asked = new List<DialogStep>();
        for (var turn = 0; turn < 12 && QuestionSteps.Contains(chat.State!.Step); turn++)
        {
            asked.Add(chat.State.Step);
            chat.Say(answer(chat.State.Step));
        }

        Assert.Equal(DialogStep.Evidence, chat.State!.Step);
        return asked;
    }
}
