using System.Net;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Receiving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Telegram;

/// <summary>How the channel's settings decide what starts.</summary>
public sealed class TelegramChannelStartupTests
{
    [Fact]
    public async Task Without_a_token_the_channel_is_off()
    {
        using var api = new TelegramFakeBotApi();
        using var host = new TelegramHostFactory(new() { ["Telegram:BotToken"] = "" }) { BotApi = api };
        using var http = host.CreateClient();

        using var response = await http.PostAsync(TelegramWebhookEndpoint.Path, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is TelegramPollingService or TelegramUpdateDispatcher);
        Assert.Empty(api.Calls);
    }

    [Fact]
    public async Task In_polling_mode_there_is_no_webhook_endpoint()
    {
        using var api = new TelegramFakeBotApi();
        using var host = TelegramHostFactory.Polling(api);
        using var http = host.CreateClient();

        using var response = await http.PostAsync(TelegramWebhookEndpoint.Path, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is TelegramPollingService);
    }

    [Fact]
    public void With_a_webhook_url_the_webhook_is_registered_at_start_with_its_secret()
    {
        using var api = new TelegramFakeBotApi();
        using var host = new TelegramHostFactory(new()
        {
            ["Telegram:Mode"] = "webhook",
            ["Telegram:SecretToken"] = TelegramHostFactory.Secret,
            ["Telegram:WebhookUrl"] = "https://bot.example.com/api/telegram",
        }) { BotApi = api };

        _ = host.Services;

        var call = Assert.Single(api.Calls, c => c.Method == "setWebhook");
        Assert.Equal("https://bot.example.com/api/telegram", call.Body["url"]!.GetValue<string>());
        Assert.Equal(TelegramHostFactory.Secret, call.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(["message", "callback_query"], call.Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [Fact]
    public void A_failed_webhook_registration_is_logged_and_does_not_stop_the_bot()
    {
        using var api = new TelegramFakeBotApi { Respond = c => c.Method == "setWebhook" ? TelegramFakeBotApi.Error(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook") : null };
        using var host = new TelegramHostFactory(new()
        {
            ["Telegram:Mode"] = "webhook",
            ["Telegram:SecretToken"] = TelegramHostFactory.Secret,
            ["Telegram:WebhookUrl"] = "https://bot.example.com/api/telegram",
        }) { BotApi = api };

        _ = host.Services;

        Assert.Single(api.Calls, c => c.Method == "setWebhook");
        Assert.Contains(api.Calls, c => c.Method == "setMyCommands");
    }

    [Fact]
    public void The_command_menu_is_set_for_everyone_in_english_and_for_each_language_in_its_own_words()
    {
        using var api = new TelegramFakeBotApi();
        using var host = TelegramHostFactory.Polling(api);

        _ = host.Services;

        var menus = api.Calls.Where(c => c.Method == "setMyCommands").ToList();
        var english = Assert.Single(menus, c => c.Body["language_code"] is null);
        Assert.Equal("Help help", english.Body["commands"]!.AsArray().Single(c => c!["command"]!.GetValue<string>() == "help")!["description"]!.GetValue<string>());
        var russian = Assert.Single(menus, c => c.Body["language_code"]?.GetValue<string>() == "ru");
        Assert.Equal("Помощь help", russian.Body["commands"]!.AsArray().Single(c => c!["command"]!.GetValue<string>() == "help")!["description"]!.GetValue<string>());
        Assert.Contains(russian.Body["commands"]!.AsArray(), c => c!["command"]!.GetValue<string>() == "language");
    }

    [Theory]
    [InlineData("ru", "Что я умею")]
    [InlineData("es", "Qué puedo hacer por ti")]
    [InlineData("pl", "Co mogę dla Ciebie zrobić")]
    [InlineData("pt", "O que eu posso fazer por você")]
    [InlineData("fr", "Ce que je peux faire pour vous")]
    public void With_the_real_dialogs_each_language_gets_its_menu_under_telegrams_language_code(string code, string help)
    {
        using var api = new TelegramFakeBotApi();
        using var host = new TelegramHostFactory(new() { ["Dialogs:Path"] = Path.Combine(TelegramEmulator.RepositoryRoot(), "dialogs") })
        {
            BotApi = api,
            UseRealDialog = true,
        };

        _ = host.Services;

        var menu = Assert.Single(api.Calls, c => c.Method == "setMyCommands" && c.Body["language_code"]?.GetValue<string>() == code);
        var commands = menu.Body["commands"]!.AsArray();
        Assert.Equal(TelegramCommands.Names.Count, commands.Count);
        Assert.StartsWith(help, commands.Single(c => c!["command"]!.GetValue<string>() == "help")!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
