using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.DirectLine;

/// <summary><see cref="IDirectLineLog"/>: a bot message (a reminder) added to a conversation from outside a turn.</summary>
public sealed class DirectLineLogTests : IDisposable
{
    private readonly DirectLineHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_appended_bot_message_is_read_after_the_watermark_as_said_by_the_bot_to_the_conversations_user()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        var (_, watermark) = await session.ReadAsync();
        var log = _host.Services.GetRequiredService<IDirectLineLog>();

        var id = await log.AppendAsync(session.ConversationId, new Activity { Text = "Reminder: 3 days left to open a dispute." }, default);

        var appended = Assert.Single((await session.ReadAsync(watermark)).Activities)!;
        Assert.Equal(id, (string)appended["id"]!);
        Assert.Equal($"{session.ConversationId}|0000001", id);
        Assert.Equal("message", (string)appended["type"]!);
        Assert.Equal("Reminder: 3 days left to open a dispute.", (string)appended["text"]!);
        Assert.Equal("bot", (string)appended["from"]!["role"]!);
        Assert.Equal(_host.Bot.Received.Single().From!.Id, (string)appended["recipient"]!["id"]!);
        Assert.Equal(session.ConversationId, (string)appended["conversation"]!["id"]!);
        Assert.Equal("directline", (string)appended["channelId"]!);
    }

    [Fact]
    public async Task Appending_to_a_conversation_that_does_not_exist_returns_null()
    {
        var log = _host.Services.GetRequiredService<IDirectLineLog>();

        var id = await log.AppendAsync("no-such-conversation", new Activity { Text = "Reminder" }, default);

        Assert.Null(id);
    }
}
