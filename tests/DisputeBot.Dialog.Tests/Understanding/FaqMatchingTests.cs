using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>Questions in buyers' words → the common question they ask.</summary>
public class FaqMatchingTests
{
    private static TextUnderstanding Understanding => EnglishPack.Understanding;

    [Theory]
    [InlineData("should I message the seller first?", "message_seller_first")]
    [InlineData("What happens after I open a dispute", "dispute_stages")]
    [InlineData("the seller is not responding to my dispute", "seller_silent")]
    [InlineData("can I do a chargeback with my bank", "chargeback")]
    [InlineData("customs returned my parcel, who pays?", "customs_return")]
    [InlineData("I entered the wrong address, what can I do?", "wrong_address")]
    [InlineData("is this fake? how do I prove it", "counterfeit")]
    [InlineData("can I reopen the dispute", "reopen_dispute")]
    [InlineData("how do I appeal?", "appeal")]
    [InlineData("how do I apeal", "appeal")]
    [InlineData("how do I extend buyer protection", "extend_protection")]
    [InlineData("I paid with paypal, can I open a paypal dispute", "paypal_dispute")]
    [InlineData("what evidence do I need", "evidence")]
    [InlineData("my photo is too big to upload", "upload_files")]
    [InlineData("What is Confirmation Timeout?", "confirmation_timeout")]
    [InlineData("the seller offered a refund if I return it, but return shipping is expensive", "refund_with_return")]
    [InlineData("how often should I check the dispute", "check_daily")]
    [InlineData("my order came late, do I get compensation for late delivery?", "late_delivery_coupon")]
    [InlineData("the seller wants me to pay outside aliexpress", "redelivery_fee")]
    [InlineData("when can I open a dispute", "when_to_open")]
    [InlineData("what should i write to the seller", "what_to_write")]
    [InlineData("ok so what do i say to the seller??", "what_to_write")]
    public void A_question_finds_its_answer(string text, string expected)
    {
        Assert.Equal(expected, Understanding.MatchFaq(text)?.Id);
    }

    [Theory]
    [InlineData("the box came empty")]
    [InlineData("it arrived broken")]
    [InlineData("yes")]
    [InlineData("12 March")]
    [InlineData("")]
    public void A_problem_description_or_an_answer_is_not_a_question(string text)
    {
        Assert.Null(Understanding.MatchFaq(text));
    }

    [Fact]
    public void The_question_text_itself_matches()
    {
        foreach (var entry in EnglishPack.Pack.Faq)
        {
            Assert.Equal(entry.Id, Understanding.MatchFaq(entry.Question)?.Id);
        }
    }
}
