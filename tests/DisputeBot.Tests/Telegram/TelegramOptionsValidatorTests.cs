using DisputeBot.Channels.Telegram;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    private const string RealLookingToken = "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private static IEnumerable<string> Failures(Action<TelegramOptions> change)
    {
        var options = new TelegramOptions();
        change(options);
        return new TelegramOptionsValidator().Validate(null, options).Failures ?? [];
    }

    [Fact]
    public void Without_a_token_the_channel_is_off_and_nothing_else_is_checked()
    {
        Assert.Empty(Failures(o => { o.Mode = TelegramMode.Webhook; o.ApiRoot = "nonsense"; }));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(123456789L)]
    public void A_support_chat_that_is_no_group_is_named(long chatId)
    {
        var failure = Assert.Single(Failures(o => { o.BotToken = RealLookingToken; o.SupportChatId = chatId; }));

        Assert.Contains("Telegram:SupportChatId", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supergroup_as_support_chat_is_accepted()
    {
        Assert.Empty(Failures(o => { o.BotToken = RealLookingToken; o.SupportChatId = -1001234567890; }));
    }

    [Fact]
    public void A_botfather_token_against_the_real_api_is_accepted()
    {
        Assert.Empty(Failures(o => o.BotToken = RealLookingToken));
    }

    [Theory]
    [InlineData("123456:ABC-def")]
    [InlineData("not-a-token")]
    [InlineData("110201543AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [InlineData("110201543:AAHdqTcvCH1vGWJx fSeofSAs0K5PALDsaw")]
    public void A_malformed_or_truncated_token_is_named_without_being_echoed(string token)
    {
        var failure = Assert.Single(Failures(o => o.BotToken = token));

        Assert.Contains("Telegram:BotToken", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000")]
    [InlineData("http://localhost:9000/")]
    [InlineData("http://[::1]:9000")]
    public void An_emulator_style_token_is_accepted_against_a_loopback_api(string apiRoot)
    {
        Assert.Empty(Failures(o => { o.BotToken = "123456:ABC-def"; o.ApiRoot = apiRoot; }));
    }

    [Theory]
    [InlineData("api.telegram.org")]
    [InlineData("ftp://api.telegram.org")]
    [InlineData("https://api.telegram.org/?x=1")]
    [InlineData("https://example.com/telegram")]
    public void A_malformed_api_root_is_named(string apiRoot)
    {
        Assert.Contains(Failures(o => { o.BotToken = RealLookingToken; o.ApiRoot = apiRoot; }), f => f.StartsWith("Telegram:ApiRoot", StringComparison.Ordinal));
    }

    [Fact]
    public void Webhook_mode_requires_a_secret_and_none_is_generated()
    {
        var failure = Assert.Single(Failures(o => { o.BotToken = RealLookingToken; o.Mode = TelegramMode.Webhook; }));

        Assert.StartsWith("Telegram:SecretToken is required", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    [InlineData("semi;colon")]
    public void A_secret_with_characters_telegram_refuses_is_named(string secret)
    {
        var failure = Assert.Single(Failures(o => { o.BotToken = RealLookingToken; o.Mode = TelegramMode.Webhook; o.SecretToken = secret; }));

        Assert.StartsWith("Telegram:SecretToken must be", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_of_256_allowed_characters_is_accepted_and_257_is_not()
    {
        Assert.Empty(Failures(o => { o.BotToken = RealLookingToken; o.Mode = TelegramMode.Webhook; o.SecretToken = new string('a', 256); }));
        Assert.NotEmpty(Failures(o => { o.BotToken = RealLookingToken; o.Mode = TelegramMode.Webhook; o.SecretToken = new string('a', 257); }));
    }

    [Theory]
    [InlineData("http://bot.example.com/api/telegram")]
    [InlineData("/api/telegram")]
    [InlineData("bot.example.com")]
    public void A_webhook_url_that_telegram_cannot_call_is_named(string url)
    {
        var failure = Assert.Single(Failures(o => { o.BotToken = RealLookingToken; o.Mode = TelegramMode.Webhook; o.SecretToken = "abc"; o.WebhookUrl = url; }));

        Assert.StartsWith("Telegram:WebhookUrl", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webhook_url_in_polling_mode_is_a_contradiction_named_as_such()
    {
        var failure = Assert.Single(Failures(o => { o.BotToken = RealLookingToken; o.WebhookUrl = "https://bot.example.com/api/telegram"; }));

        Assert.Contains("Telegram:Mode", failure, StringComparison.Ordinal);
    }
}
