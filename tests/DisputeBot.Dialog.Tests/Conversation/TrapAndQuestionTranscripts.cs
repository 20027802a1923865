using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Warnings and answers come at any point, and the buyer is taken back to the same question.</summary>
public sealed class TrapAndQuestionTranscripts
{
    [Theory]
    [InlineData("Dear friend, please close the dispute and we will resend a new one for you")]
    [InlineData("the seller says he will send another one if I close the dispute")]
    [InlineData("we refund you by paypal if you cancel the dispute")]
    [InlineData("please confirm order received first, then we send refund")]
    [InlineData("can I confirm receipt now?")]
    public void A_seller_offer_or_an_early_confirmation_gets_a_warning_and_the_same_question_again(string message) =>
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [no]", "< ? *",
            "> [no_tracking]", "< *", "< *",
            "< ? Open the order on AliExpress* [no_timer]",
            "> " + message,
            "< ! *",
            "< ? Open the order on AliExpress* [no_timer]");

    [Fact]
    public void A_warning_in_the_middle_of_the_evidence_keeps_the_ticked_items()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("empty_package");
        chat.Play("> [video]", "< Ticked: *", "< ? Tick what you already have*");
        chat.Play("> seller asks me to close the dispute and he will refund later", "< ! *", "< ? Tick what you already have* (1 of *");
        Assert.Single(chat.State!.EvidenceDone);
        Assert.Equal(DialogStep.Evidence, chat.State.Step);
    }

    [Theory]
    [InlineData("should I message the seller first?")]
    [InlineData("what is confirmation timeout?")]
    [InlineData("can I get banned for a chargeback?")]
    [InlineData("how do I extend buyer protection?")]
    [InlineData("can I reopen a dispute?")]
    public void A_common_question_is_answered_and_the_buyer_returns_to_the_question(string question) =>
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [yes]", "< ? What's wrong with what you received?*",
            "> " + question,
            "< *",
            "< ? What's wrong with what you received?*");

    [Fact]
    public void Answers_quote_the_number_of_days_from_the_rules_not_a_placeholder()
    {
        var chat = new Transcript().Play("> /start", "< *", "< ? *");
        var answer = Assert.IsType<TextReply>(chat.Send("how long do I have to appeal a decision?")[0]);
        Assert.DoesNotContain("{rule:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("7", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands_and_offers_common_questions_as_buttons()
    {
        var chat = new Transcript().Play("> /start", "< *", "< ? *");
        chat.Play(
            "> /help",
            "< *Commands: /restart*/forget*",
            "< ? Common questions:*",
            "< ? First: did your package arrive? [yes|no|partly]");
        var topics = Assert.IsType<ChoicesReply>(chat.LastReplies[1]);
        Assert.All(topics.Choices, c => Assert.StartsWith("faq_", c.Id, StringComparison.Ordinal));

        chat.Play($"> [{topics.Choices[0].Id}]", "< *", "< ? First: did your package arrive? [yes|no|partly]");
    }

    [Fact]
    public void Full_or_partial_refund_is_advised_from_the_price_and_the_return_postage()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Play("> [refunds]", "< ? Send me the item's price, the return postage*");
        chat.Play("> 10 and 14", "< Returning would cost 14, as much as or more than the item's 10, so a full refund with a return would leave you with nothing*", "< ☐ Evidence for: *", "< ? Tick what you already have*");

        chat.Play("> [refunds]", "< ? Send me the item's price*");
        chat.Play("> item 40, postage 8, they offer 20", "< A return would leave you 32 (40 back minus 8 postage), more than the partial offer of 20.*", "< ☐ *", "< ? *");
    }
}
