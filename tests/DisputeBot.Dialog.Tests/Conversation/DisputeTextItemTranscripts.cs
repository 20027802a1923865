using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Issue 13, "the dispute text": it names the item and how it differs, as the buyer said them (seed 003 line 55:
/// "a description of the problem"; line 25: "incorrect size, color, model"), and nothing the buyer didn't say. The
/// clock is pinned to Monday 7 December 2026.</summary>
public sealed class DisputeTextItemTranscripts
{
    [Fact]
    public void A_wrong_size_and_colour_is_said_as_ordered_and_received()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("ordered a hoodie size XL black, got size S and its grey?? came yesterday. timer on the order says 11 days");

        var text = DisputeTextOf(chat);
        Assert.Contains("I ordered: hoodie size XL black. What I received: size S.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("??", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parcel_that_never_came_names_the_item()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("yo my package never came. orderd a bluetooth speaker on oct 28, seller shipped nov 2, tracking stuck in transit since nov 10");

        var text = DisputeTextOf(chat);
        Assert.StartsWith("I have not received my order", text, StringComparison.Ordinal);
        Assert.Contains("The item I ordered: bluetooth speaker.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("yo", text.Split(' '));
    }

    [Fact]
    public void An_item_named_as_the_subject_goes_in_and_the_box_does_not()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("my robot vacuum came smashed on dec 3, got the box today");

        Assert.Equal("robot vacuum", chat.State!.Item);
        Assert.Contains("The item I ordered: robot vacuum.", DisputeTextOf(chat), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_item_named_the_text_says_none()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("my package never came, tracking says delivered but i got nothing");

        Assert.Null(chat.State!.Item);
        Assert.DoesNotContain("The item I ordered", DisputeTextOf(chat), StringComparison.Ordinal);
    }

    [Fact]
    public void A_seller_s_quoted_words_name_no_item()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("seller wrote \"you ordered a gift box, we send it again\". my lamp came broken");

        Assert.Equal("lamp", chat.State!.Item);
    }

    [Fact]
    public void Neighbours_checked_is_not_advised_again_and_goes_into_the_text()
    {
        // Buyer tester round 8 (new 02): "checked with neighbours and the building mailroom, nothing" was advised again.
        var chat = new Transcript("2026-12-07");
        chat.Say("parcel says delivered on the 4th but nothing here. neighbours checked, nothing. paid 29 euro by paypal on nov 15 for a coffee grinder");

        var said = string.Join("\n", chat.LastReplies.OfType<TextReply>().Select(r => r.Text));
        Assert.DoesNotContain("Check with neighbours", said, StringComparison.Ordinal);
        Assert.Contains("You already looked for it around your address", said, StringComparison.Ordinal);
        var text = DisputeTextOf(chat);
        Assert.Contains("I have looked for the parcel around my address, and it is not there.", text, StringComparison.Ordinal);
        Assert.Contains("The item I ordered: coffee grinder.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_whether_to_check_with_neighbours_is_no_claim_that_they_did()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("tracking says delivered but nothing came. should i ask my neighbours?");

        Assert.False(chat.State!.LookedAround);
        Assert.DoesNotContain("I have looked for the parcel", DisputeTextOf(chat), StringComparison.Ordinal);
    }

    private static string DisputeTextOf(Transcript chat)
    {
        var summary = Assert.IsType<CardReply>(chat.Send(new TextInput("/summary")).First(r => r is CardReply));
        return Assert.Single(summary.Sections, s => s.Copyable).Lines[0];
    }
}
