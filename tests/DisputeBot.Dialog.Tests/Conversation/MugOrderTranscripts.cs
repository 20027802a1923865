using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>A buyer ordered 12 mugs, 9 came and 2 of those are cracked; no unboxing video, but photos. The clock is
/// pinned to Monday 7 December 2026.</summary>
public sealed class MugOrderTranscripts
{
    [Theory]
    [InlineData("I have no unboxing video")]
    [InlineData("no video sorry i didnt film the unboxing")]
    [InlineData("i don't have an unboxing video")]
    [InlineData("without a video")]
    public void Evidence_named_with_a_negation_is_never_ticked(string message)
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("quantity_shortage");
        chat.Say(message);
        Assert.DoesNotContain("unboxing_video", chat.State!.EvidenceDone);
        Assert.DoesNotContain("unboxing video", DisputeTextOf(chat), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Photos_named_next_to_a_missing_video_are_ticked_and_the_video_is_not()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("quantity_shortage");
        chat.Play("> photos of the 9 mugs yes, no video", "< Ticked: A photo of everything that came*(1 of *", "< ? Tick what you already have*");
        Assert.Equal(["contents_photo"], chat.State!.EvidenceDone);
        var text = DisputeTextOf(chat);
        Assert.Contains("I have attached a photo of everything that came.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("video", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_part_of_what_came_said_later_does_not_replace_the_counts()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("/start").Say("[partly]").Say("[quantity_shortage]");
        chat.Say("i ordered twelve mugs, parcel arrived dec 2 and only nine mugs inside!! and two of those nine are cracked");
        Assert.Equal(12, chat.State!.QuantityOrdered);
        Assert.Equal(9, chat.State.QuantityReceived);
        var text = DisputeTextOf(chat);
        Assert.Contains("I ordered 12 pieces and received 9.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("received 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_of_those_nine_does_not_read_as_two_received_of_nine_ordered() =>
        Assert.Null(Knowledge.EnglishPack.Understanding.ReadQuantities("only nine mugs inside!! and two of those nine are cracked"));

    [Theory]
    [InlineData("where is the countdown?")]
    [InlineData("where do i find the timer")]
    public void Asking_where_the_countdown_is_gets_where_to_look(string question)
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("quantity_shortage");
        var replies = chat.Send(question);
        Assert.Contains(replies, r => r is TextReply { Text: var t } && t.Contains("My Orders", StringComparison.Ordinal) && t.Contains("countdown", StringComparison.Ordinal));
    }

    [Fact]
    public void Taking_a_few_bucks_for_five_stars_gets_the_partial_refund_warning()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("quantity_shortage");
        var replies = chat.Send("ok so should i just take the 2 bucks and give 5 stars, its easier?");
        Assert.Contains(replies, r => r is TextReply { Tone: ReplyTone.Warning, Text: var t } && t.Contains("partial refund", StringComparison.Ordinal));
    }

    private static string DisputeTextOf(Transcript chat)
    {
        var summary = Assert.IsType<CardReply>(chat.Send(new TextInput("/summary"))[0]);
        return Assert.Single(summary.Sections, s => s.Copyable).Lines[0];
    }
}
