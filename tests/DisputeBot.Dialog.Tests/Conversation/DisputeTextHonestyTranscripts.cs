using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>The dispute text goes to the seller and AliExpress: it claims no attachment the buyer never said they have,
/// and the buyer's own chat words go in only when they choose so (issue 13, "a dispute text that hurts the buyer").
/// The clock is pinned to Monday 7 December 2026.</summary>
public sealed class DisputeTextHonestyTranscripts
{
    [Theory]
    [InlineData("the label says weight 0.35kg btw, a watch wouldnt weigh that little right")]
    [InlineData("does the 0.35kg weight on the shipping label matter or not??")]
    [InlineData("do i need a photo of the shipping label?")]
    [InlineData("should i film the unboxing next time")]
    public void A_sentence_that_only_mentions_a_piece_of_evidence_ticks_nothing(string message)
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("empty_package");
        chat.Say(message);

        Assert.Empty(chat.State!.EvidenceDone);
        Assert.DoesNotContain("attached", DisputeTextOf(chat), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i have the unboxing video, and photos of the bag", "unboxing_video")]
    [InlineData("took photos of the shipping label and the stamps", "label_photo")]
    [InlineData("label photo", "label_photo")]
    public void Saying_you_have_it_or_naming_it_in_a_short_answer_ticks_it(string message, string item)
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("empty_package");
        chat.Say(message);

        Assert.Contains(item, chat.State!.EvidenceDone);
    }

    [Fact]
    public void A_checklist_button_s_label_sent_as_text_ticks_it_as_teams_sends_a_press()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("empty_package");
        var label = chat.LastReplies.OfType<ChoicesReply>().Last().Choices.First(c => c.Id == "package_photos").Label;

        chat.Say(label);

        Assert.Contains("package_photos", chat.State!.EvidenceDone);
    }

    [Fact]
    public void The_buyers_own_words_go_into_the_text_only_when_they_choose_and_come_out_again()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Play(
            "> the box was crushed lol and the lamp inside is cracked in two",
            "< Noted. When you see your summary, you can choose to add your own words to the dispute text.",
            "< ? Tick what you already have*");

        chat.Say("[done]");
        var before = CopyableText(chat.LastReplies);
        Assert.DoesNotContain("lamp", before, StringComparison.Ordinal);
        Assert.Contains(chat.LastReplies, r => r is ChoicesReply q && q.Choices.Any(c => c.Label == "Add my own words to the text"));

        chat.Say("[add_words]");
        var with = CopyableText(chat.LastReplies);
        Assert.Contains("In my own words: The box was crushed lol and the lamp inside is cracked in two.", with, StringComparison.Ordinal);
        Assert.Contains(chat.LastReplies, r => r is ChoicesReply q && q.Choices.Any(c => c.Label == "Take my own words out"));

        chat.Say("[remove_words]");
        Assert.Equal(before, CopyableText(chat.LastReplies));
    }

    [Fact]
    public void Without_words_of_their_own_the_buyer_is_not_offered_to_add_them()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Say("[done]");

        Assert.DoesNotContain(chat.LastReplies, r => r is ChoicesReply q && q.Choices.Any(c => c.Id is "add_words" or "remove_words"));
    }

    private static string CopyableText(IReadOnlyList<Reply> replies) =>
        Assert.Single(Assert.IsType<CardReply>(replies.First(r => r is CardReply)).Sections, s => s.Copyable).Lines[0];

    private static string DisputeTextOf(Transcript chat)
    {
        var summary = Assert.IsType<CardReply>(chat.Send(new TextInput("/summary"))[0]);
        return Assert.Single(summary.Sections, s => s.Copyable).Lines[0];
    }
}
