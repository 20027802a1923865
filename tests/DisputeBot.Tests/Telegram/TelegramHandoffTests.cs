namespace DisputeBot.Tests.Telegram;

/// <summary>
/// The support-group handoff through the telegram-test-api emulator, with the real dialog: a buyer asks for a person,
/// the bot posts the case to the support group, an agent answers by replying to the post and the answer reaches the
/// buyer; the bot stays quiet meanwhile, relaying the buyer's words, until the agent replies /close.
/// </summary>
public sealed class TelegramHandoffTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>
{
    /// <summary>Each test has a group of its own: the emulator keeps every message of the class.</summary>
    private const long SupportGroup = -1009001;
    private const long OtherSupportGroup = -1009002;
    private const long Agent = 7001;

    [Fact]
    public async Task A_buyer_reaches_an_agent_in_the_support_group_and_gets_the_answer_until_the_agent_closes_the_case()
    {
        const long buyer = 3101;
        using var host = Host();

        await emulator.SendCommandAsync(buyer, "/start");
        var chat = await emulator.WaitForAsync(buyer, m => m.Count > 0 && m[^1].Buttons.Count > 0, "the first question");

        // The buyer asks for a person: the case goes to the group, tagged with the buyer's chat.
        await emulator.SendTextAsync(buyer, "my parcel never came, can I talk to a real person?");
        var posts = await emulator.WaitForAsync(SupportGroup, m => m.Count >= 1, "the handoff post in the support group");
        var post = posts[0];
        Assert.Contains("#chat3101", post.Text, StringComparison.Ordinal);
        Assert.Contains("my parcel never came, can I talk to a real person?", post.Text, StringComparison.Ordinal);
        Assert.Contains("/close", post.Text, StringComparison.Ordinal);
        chat = await emulator.WaitForAsync(buyer, m => m.Count > chat.Count && m[^1].Text.Contains("/bot", StringComparison.Ordinal), "the buyer told a person takes over");
        var toldCount = chat.Count;

        // The buyer writes on: the words go to the group, the bot says nothing to the buyer.
        await emulator.SendTextAsync(buyer, "it was order 8123, a lamp");
        posts = await emulator.WaitForAsync(SupportGroup, m => m.Count >= 2, "the buyer's words relayed");
        Assert.Contains("#chat3101", posts[1].Text, StringComparison.Ordinal);
        Assert.Contains("it was order 8123, a lamp", posts[1].Text, StringComparison.Ordinal);
        Assert.Equal(toldCount, (await emulator.BotMessagesAsync(buyer)).Count);

        // Agents talking among themselves reach no buyer.
        await emulator.SendGroupTextAsync(SupportGroup, Agent, "I'll take this one");

        // The agent replies to the post: the buyer gets the answer.
        await emulator.SendGroupReplyAsync(SupportGroup, Agent, "Hi, I'm Ana from support. Please open the dispute today & add photos.", post);
        chat = await emulator.WaitForAsync(buyer, m => m.Count > toldCount, "the agent's answer");
        var answer = Assert.Single(chat.Skip(toldCount));
        Assert.Contains("Hi, I'm Ana from support. Please open the dispute today &amp; add photos.", answer.Text, StringComparison.Ordinal);

        // The agent closes the case (replying to the relayed message): the bot is back with its question.
        await emulator.SendGroupReplyAsync(SupportGroup, Agent, "/close", posts[1]);
        chat = await emulator.WaitForAsync(buyer, m => m.Count > toldCount + 1 && m[^1].ChoiceIds.Contains("yes"), "the bot back with its question");
        Assert.Contains("closed your case", chat[^1].Text, StringComparison.Ordinal);

        Assert.Equal(2, (await emulator.BotMessagesAsync(SupportGroup)).Count);
    }

    [Fact]
    public async Task The_buyer_comes_back_to_the_bot_with_slash_bot_and_the_group_is_told()
    {
        const long buyer = 3102;
        using var host = Host(OtherSupportGroup);

        await emulator.SendCommandAsync(buyer, "/human");
        await emulator.WaitForAsync(OtherSupportGroup, m => m.Any(p => p.Text.Contains("#chat3102", StringComparison.Ordinal)), "the handoff post");
        var chat = await emulator.WaitForAsync(buyer, m => m.Count > 0 && m[^1].Text.Contains("/bot", StringComparison.Ordinal), "the buyer told a person takes over");

        await emulator.SendCommandAsync(buyer, "/bot");
        await emulator.WaitForAsync(buyer, m => m.Count > chat.Count && m[^1].ChoiceIds.Contains("yes"), "the bot back with its question");
        await emulator.WaitForAsync(
            OtherSupportGroup,
            m => m.Any(p => p.Text.Contains("#chat3102", StringComparison.Ordinal) && p.Text.Contains("went back to the bot", StringComparison.Ordinal)),
            "the group told the buyer left");
    }

    private TelegramHostFactory Host(long supportGroup = SupportGroup)
    {
        var host = new TelegramHostFactory(new()
        {
            ["Telegram:ApiRoot"] = emulator.ApiRoot.ToString(),
            ["Telegram:SupportChatId"] = supportGroup.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dialogs:Path"] = Path.Combine(TelegramEmulator.RepositoryRoot(), "dialogs"),
        }) { UseRealDialog = true };
        _ = host.Services;
        return host;
    }
}
