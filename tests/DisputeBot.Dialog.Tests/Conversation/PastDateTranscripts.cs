using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Past days buyers typed that the bot once read as ahead. The clock is pinned to Monday 7 December 2026.</summary>
public sealed class PastDateTranscripts
{
    private static Transcript Chat() => new("2026-12-07");

    private static List<string> Said(Transcript chat) =>
        chat.LastReplies.Select(r => r switch { TextReply t => t.Text, ChoicesReply c => c.Text, _ => "" }).ToList();

    [Theory]
    [InlineData("Confirmation Timeout, timer ran out 3 days ago")]
    [InlineData("Confirmation Timeout since last friday")]
    [InlineData("the timer ended 4 dec i think")]
    public void A_timer_that_ran_out_is_said_back_as_ended_on_its_past_day(string message)
    {
        var chat = Chat().Play(
            "> no", "< *", "< ? *",
            "> lost in transit", "< *", "< *", "< ? *");
        chat.Play("> " + message, "< *", "< ? *");
        var replies = Said(chat);
        Assert.Contains(replies, r => r.Contains("ended on 4 December 2026, 3 days ago", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("ends today", StringComparison.Ordinal) || r.Contains("from today", StringComparison.Ordinal));
        Assert.True(chat.State!.TimerEnded);
    }

    [Fact]
    public void In_transit_since_a_past_day_is_neither_a_delivery_nor_a_countdown_too_far()
    {
        var chat = Chat().Play(
            "> no", "< *", "< ? *",
            "> lost in transit", "< *", "< *", "< ? *");
        chat.Play("> tracking says in transit since 12 nov", "< I need the number of days*", "< ? *");
        var replies = Said(chat);
        Assert.DoesNotContain(replies, r => r.Contains("further away", StringComparison.Ordinal) || r.Contains("delivered on", StringComparison.Ordinal));
        Assert.Null(chat.State!.DeliveredOn);
        Assert.Null(chat.State.ProtectionEndsOn);
    }
}
