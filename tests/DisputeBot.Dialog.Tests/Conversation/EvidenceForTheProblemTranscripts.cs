using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Evidence advice fits the problem, and every piece of proof a buyer lists is ticked. The clock is pinned to
/// Tuesday 10 March 2026.</summary>
public sealed class EvidenceForTheProblemTranscripts
{
    private static Transcript DeliveredButNotReceived() => new Transcript().Play(
        "> tracking says delivered on march 5 but i never got it",
        "< Hi, I'm DisputeBot.*",
        "< Got it: Says delivered, not received.*",
        "< *",
        "< *",
        "< Noted: delivered on 5 March 2026.*",
        "< ? Open the order on AliExpress*");

    [Fact]
    public void What_evidence_is_needed_for_a_parcel_that_never_came_is_its_own_checklist()
    {
        // domain-rules.md, Evidence (seed 002): for fake or wrong-address tracking, the tracking, the shipping address
        // and a non-delivery letter from the local post office; an unboxing video is no proof for a parcel never had.
        var chat = DeliveredButNotReceived();

        var replies = chat.Send("what evidence do i need exactly?");

        var checklist = Assert.Single(replies.OfType<ChecklistReply>());
        var items = checklist.Lines.Select(l => l.Id).ToArray();
        Assert.Contains("tracking_screens", items);
        Assert.Contains("address_screen", items);
        Assert.Contains("post_office_letter", items);
        Assert.DoesNotContain("unboxing_video", items);
        Assert.DoesNotContain(replies.OfType<TextReply>(), r => r.Text.Contains("unboxing", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void What_evidence_is_needed_before_the_problem_is_known_gets_the_general_answer()
    {
        var chat = new Transcript().Play("> hi", "< Hi, I'm DisputeBot.*", "< ? First: did your package arrive?*");

        var replies = chat.Send("what evidence do i need?");

        Assert.Empty(replies.OfType<ChecklistReply>());
        Assert.Contains(replies.OfType<TextReply>(), r => r.Text.Contains("screenshot", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("i have a screenshot of tracking and my address")]
    [InlineData("got screenshots of the tracking, and of my address")]
    [InlineData("took a screenshot of my address plus the tracking screenshot")]
    public void Two_pieces_of_proof_named_in_one_message_are_both_ticked(string message)
    {
        var chat = DeliveredButNotReceived();

        chat.Send(message);

        Assert.Contains("tracking_screens", chat.State!.EvidenceDone);
        Assert.Contains("address_screen", chat.State.EvidenceDone);
        Assert.DoesNotContain("post_office_letter", chat.State.EvidenceDone);
    }

    [Fact]
    public void Proof_the_buyer_lacks_is_not_ticked_even_when_listed_with_proof_they_have()
    {
        var chat = DeliveredButNotReceived();

        chat.Send("i have the tracking screenshot but no letter from the post office and no address screenshot");

        Assert.Equal(["tracking_screens"], chat.State!.EvidenceDone);
    }
}
