using System.Globalization;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Tests.Support;
using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>How the dialog applies a message's facts, with the facts made by hand (whatever the reader reads): every
/// fact is kept, a correction is said back, and the next question is the first one not yet answered.</summary>
public sealed class FactApplyTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-07T12:00:00Z", CultureInfo.InvariantCulture);
    private static readonly LanguageKit Kit = new(RealKnowledge.Base.For("en"));

    private MessageFacts _next = MessageFacts.None;
    private int _update;

    private DialogResult Say(DialogState state, MessageFacts facts, string text = "message")
    {
        _next = facts;
        var engine = new DisputeConversation(Kit, RealKnowledge.Base.Rules, new DeadlineCalculator(RealKnowledge.Base.Rules), (_, _) => _next);
        return engine.Run(state, new Turn((++_update).ToString(CultureInfo.InvariantCulture), "u", "en-GB", new TextInput(text)), Now);
    }

    private static DialogState Started() => new() { Step = DialogStep.AskArrival, PromptId = 1 };

    private static CategoryGuess Sure(string id) => new([new CategoryScore(Kit.Pack.Category(id), 1.0)], Confident: true);

    private static string Texts(DialogResult result) => string.Join("\n", result.Replies.Select(r => r switch
    {
        TextReply t => t.Text,
        ChoicesReply c => "? " + c.Text,
        _ => "#",
    }));

    [Fact]
    public void A_first_message_with_arrival_problem_date_and_payment_keeps_all_and_asks_the_timer()
    {
        var result = Say(Started(), new MessageFacts
        {
            Arrival = Arrival.No,
            Problem = Sure("delivered_not_received"),
            TrackingSaysDelivered = true,
            DeliveredOn = new DateFact(new DateOnly(2026, 12, 1)),
            Payment = PaymentMethod.Card,
        });

        var s = result.State;
        Assert.Equal((Arrival.No, "delivered_not_received", new DateOnly(2026, 12, 1), PaymentMethod.Card, true),
            (s.Arrival!.Value, s.CategoryId, s.DeliveredOn!.Value, s.Payment!.Value, s.TrackingDelivered));
        Assert.Equal(DialogStep.AskTimer, s.Step);
        Assert.Contains("Noted: delivered on 1 December 2026.", Texts(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_date_later_replaces_the_earlier_one_and_says_so()
    {
        var state = Started() with
        {
            Step = DialogStep.AskPayment, Arrival = Arrival.Yes, CategoryId = "damaged", Answered = Answered.Timer | Answered.DeliveredOn,
            ProtectionEndsOn = new DateOnly(2026, 12, 20), DeliveredOn = new DateOnly(2026, 12, 5),
        };
        var result = Say(state, new MessageFacts { DeliveredOn = new DateFact(new DateOnly(2026, 12, 3)) });

        Assert.Equal(new DateOnly(2026, 12, 3), result.State.DeliveredOn);
        Assert.StartsWith("Changed: delivered on 3 December 2026.", Texts(result), StringComparison.Ordinal);
        Assert.Equal(DialogStep.AskPayment, result.State.Step);
    }

    [Fact]
    public void The_same_fact_again_is_neither_said_back_nor_asked()
    {
        var state = Started() with { Step = DialogStep.AskProblem, Arrival = Arrival.No };
        var result = Say(state, new MessageFacts { Arrival = Arrival.No }, "no");

        Assert.Equal(Arrival.No, result.State.Arrival);
        Assert.DoesNotContain("Changed", Texts(result), StringComparison.Ordinal);
        Assert.Equal(DialogStep.AskProblem, result.State.Step);
    }

    [Fact]
    public void A_warning_is_given_and_the_problem_of_the_same_message_kept()
    {
        var trap = Kit.Pack.Warnings[0];
        // The seller's offer is in the text: a closing warning needs it there when no dispute is known.
        var result = Say(
            Started(),
            new MessageFacts { Trap = trap, Problem = Sure("empty_package") },
            "the box came empty. seller: close the dispute and we will resend");

        var warning = Assert.IsType<TextReply>(result.Replies[0]);
        Assert.Equal(ReplyTone.Warning, warning.Tone);
        Assert.Equal("empty_package", result.State.CategoryId);
        Assert.Equal(DialogStep.AskTimer, result.State.Step);
    }

    [Fact]
    public void A_question_is_answered_and_the_payment_of_the_same_message_kept()
    {
        var state = Started() with { Step = DialogStep.AskTimer, Arrival = Arrival.No, CategoryId = "in_transit" };
        var faq = Kit.Pack.Faq[0];
        var result = Say(state, new MessageFacts { Question = faq, IsQuestion = true, Payment = PaymentMethod.PayPal }, "question?");

        Assert.Equal(PaymentMethod.PayPal, result.State.Payment);
        Assert.True(result.State.Answered.HasFlag(Answered.Payment));
        Assert.Contains(result.Replies, r => r is TextReply t && t.Text.Length > 0 && t.Tone == ReplyTone.Normal);
        Assert.Equal(DialogStep.AskTimer, result.State.Step);
    }

    [Fact]
    public void A_timer_end_that_reads_two_ways_is_confirmed_first()
    {
        var state = Started() with { Step = DialogStep.AskTimer, Arrival = Arrival.No, CategoryId = "in_transit" };
        var result = Say(state, new MessageFacts
        {
            Timer = new TimerFact(TimerKind.Running, new DateOnly(2026, 12, 11), EndsOnAlternative: new DateOnly(2027, 11, 12)),
        });

        Assert.Equal(DialogStep.ConfirmDate, result.State.Step);
        Assert.Null(result.State.ProtectionEndsOn);
        Assert.Equal(DialogStep.AskTimer, result.State.ResumeStep);
    }

    [Fact]
    public void An_order_not_shipped_gets_the_cancellation_advice_and_no_shipping_date_question()
    {
        var state = Started() with { Step = DialogStep.AskTimer, Arrival = Arrival.No, CategoryId = "no_tracking" };
        var result = Say(state, new MessageFacts { NotShipped = true, Timer = new TimerFact(TimerKind.NotVisible) });

        Assert.True(result.State.NotShipped);
        Assert.Contains("ask to cancel the order", Texts(result), StringComparison.Ordinal);
        Assert.Contains(RealKnowledge.Base.Rules["seller_ship_decision"].Days + " days", Texts(result), StringComparison.Ordinal);
        Assert.NotEqual(DialogStep.AskShippedOn, result.State.Step);
    }

    [Theory]
    [InlineData(DisputeKind.Refunded, "closing it now is safe")]
    [InlineData(DisputeKind.Closed, "can sometimes be reopened")]
    public void A_dispute_refunded_or_closed_gets_its_own_advice(DisputeKind kind, string advice)
    {
        var state = Started() with { Step = DialogStep.AskTimer, Arrival = Arrival.No, CategoryId = "in_transit" };
        var result = Say(state, new MessageFacts { Dispute = new DisputeFact(kind) });

        Assert.Equal(kind, result.State.Dispute);
        Assert.Contains(advice, Texts(result), StringComparison.Ordinal);
        Assert.True(result.State.Answered.HasFlag(Answered.DisputeOpened));
    }

    [Fact]
    public void Another_language_is_noted_once_then_the_question_is_simply_asked_again()
    {
        var first = Say(Started(), new MessageFacts { OtherLanguage = true });
        Assert.Contains("can't read that language yet", Texts(first), StringComparison.Ordinal);

        var second = Say(first.State, new MessageFacts { OtherLanguage = true });
        Assert.DoesNotContain("can't read that language yet", Texts(second), StringComparison.Ordinal);
        Assert.IsType<ChoicesReply>(second.Replies[^1]);
    }

    [Fact]
    public void A_countdown_given_before_is_not_erased_by_i_cannot_see_a_timer()
    {
        var state = Started() with
        {
            Step = DialogStep.AskPayment, Arrival = Arrival.No, CategoryId = "in_transit", Answered = Answered.Timer | Answered.ShippedOn,
            ProtectionEndsOn = new DateOnly(2026, 12, 20),
        };
        var result = Say(state, new MessageFacts { Timer = new TimerFact(TimerKind.NotVisible) });

        Assert.Equal(new DateOnly(2026, 12, 20), result.State.ProtectionEndsOn);
    }

    [Fact]
    public void New_counts_replace_the_earlier_ones_and_are_said_back()
    {
        var state = Started() with
        {
            Step = DialogStep.AskTimer, Arrival = Arrival.Partly, CategoryId = "quantity_shortage", QuantityReceived = 5, QuantityOrdered = 12,
        };
        var result = Say(state, new MessageFacts { Quantities = new QuantityReport(4, 12) });

        Assert.Equal((4, 12), (result.State.QuantityReceived!.Value, result.State.QuantityOrdered!.Value));
        Assert.StartsWith("Changed: you received 4 of 12 pieces.", Texts(result), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unhandled_button_gets_a_friendly_reprompt_never_an_exception()
    {
        var engine = new DisputeConversation(Kit, RealKnowledge.Base.Rules, new DeadlineCalculator(RealKnowledge.Base.Rules));
        var state = Started() with { Step = DialogStep.Summary, Arrival = Arrival.No, CategoryId = "in_transit" };
        var result = engine.Run(state, new Turn("1", "u", "en-GB", new ChoiceInput("date_a", state.PromptId)), Now);

        Assert.Equal(DialogStep.Summary, result.State.Step);
        Assert.IsType<ChoicesReply>(result.Replies[^1]);
    }
}
