using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

public sealed class PendingRepliesJsonTests
{
    [Fact]
    public void Every_kind_of_reply_the_dialog_has_can_wait_in_the_outbox()
    {
        var kinds = typeof(Reply).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Reply)) && !t.IsAbstract);

        Assert.All(kinds, kind => Assert.True(PendingRepliesJson.ReplyKinds.ContainsKey(kind), $"{kind.Name} has no outbox tag"));
    }

    [Fact]
    public void Pending_replies_read_back_as_they_were_written()
    {
        var key = new ConversationKey("msteams", "29:1a");
        Reply[] replies =
        [
            new TextReply("Careful.", ReplyTone.Warning),
            new ChoicesReply("Did it arrive?", [new ReplyChoice("yes", "Yes"), new ReplyChoice("no", "No")], 3),
            new ChecklistReply("Evidence", [new ChecklistLine("photo", "A photo", true)], "2 to go"),
            new CardReply("Deadlines", [new CardSection("Protection", ["ends 9 Dec"], Copyable: true)]),
        ];
        var written = new PendingReplies(key, 7, "botframework", new ConversationAddress("msteams", "29:1a", "https://smba.example/amer/"), "act-1", "de", replies);

        var read = PendingRepliesJson.Read(key, new OutboxEntry(7, PendingRepliesJson.Write(written), 1));

        Assert.Equal(written with { Delivered = 1, Replies = read.Replies }, read);
        Assert.Equal(replies[0], read.Replies[0]);
        Assert.Equal(replies.Select(r => r.GetType()), read.Replies.Select(r => r.GetType()));
        Assert.Equal(((ChoicesReply)replies[1]).Choices, ((ChoicesReply)read.Replies[1]).Choices);
        Assert.Equal(((CardReply)replies[3]).Sections[0].Lines, ((CardReply)read.Replies[3]).Sections[0].Lines);
    }

    [Fact]
    public void A_handoff_request_and_relayed_words_read_back_with_their_transcript()
    {
        var key = new ConversationKey("telegram", "42");
        var at = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
        var request = new HandoffRequest(HandoffReason.Asked, "en", "Your dispute summary", [new TranscriptLine(true, "it never came", at), new TranscriptLine(false, "Sorry to hear it.", at)]);
        var written = new PendingReplies(key, 2, "telegram", null, null, "en", [new HandoffReply(request), new RelayReply("still there?")]);

        var read = PendingRepliesJson.Read(key, new OutboxEntry(2, PendingRepliesJson.Write(written), 0));

        var handoff = Assert.IsType<HandoffReply>(read.Replies[0]);
        Assert.Equal(request with { Recent = handoff.Request.Recent }, handoff.Request);
        Assert.Equal(request.Recent, handoff.Request.Recent);
        Assert.Equal(new RelayReply("still there?"), read.Replies[1]);
    }

    [Fact]
    public void A_file_waits_in_the_outbox_with_its_bytes()
    {
        var key = new ConversationKey("telegram", "42");
        var file = new FileReply("Your deadlines", "aliexpress-deadlines.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray());
        var written = new PendingReplies(key, 3, "telegram", null, null, "en", [file]);

        var read = Assert.IsType<FileReply>(PendingRepliesJson.Read(key, new OutboxEntry(3, PendingRepliesJson.Write(written), 0)).Replies[0]);

        Assert.Equal(file with { Content = read.Content }, read);
        Assert.Equal(file.Content, read.Content);
    }
}
