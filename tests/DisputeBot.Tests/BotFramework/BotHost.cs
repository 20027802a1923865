using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.BotFramework;

/// <summary>The test host (<see cref="TestHost"/>) for the Bot Framework endpoint, with a dialog and extra services
/// per test, and helpers that post activities.</summary>
public sealed class BotHost : TestHost
{
    private readonly IDialog? _dialog;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="dialog">The dialog to run; null keeps the real one (and the real dialogs/ folder).</param>
    public BotHost(Dictionary<string, string?>? settings = null, IDialog? dialog = null, Action<IServiceCollection>? services = null)
        : base(settings, Defaults(dialog))
    {
        Environment = "Testing";
        _dialog = dialog;
        _services = services;
    }

    public static Dictionary<string, string?> Authenticated(TokenIssuer issuer, string appId = TestIds.AppId) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["BotFramework:OpenIdMetadataUrl"] = issuer.ChannelMetadataUrl,
        ["BotFramework:EmulatorOpenIdMetadataUrl"] = issuer.EmulatorMetadataUrl,
    };

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await CreateClient().SendAsync(request);
    }

    /// <summary>Posts with <c>deliveryMode: expectReplies</c> and returns the replies from the response body.</summary>
    public async Task<List<Activity>> ExchangeAsync(JsonObject activity, string? token = null)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(activity, token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize(body, BotFrameworkJson.Context.ExpectedReplies)!.Activities;
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        if (_dialog is not null)
        {
            services.AddSingleton(_dialog);
            services.AddSingleton(TestKnowledge.Minimal());
        }

        _services?.Invoke(services);
    }

    private static Dictionary<string, string?> Defaults(IDialog? dialog)
    {
        // No typing indicator unless a test asks for one, so a slow machine cannot add an unexpected request.
        var defaults = new Dictionary<string, string?> { ["BotFramework:TypingDelay"] = "00:00:30" };
        if (dialog is null)
        {
            // The real dialog reads dialogs/, copied beside the test binaries.
            defaults["Dialogs:Path"] = Path.Combine(AppContext.BaseDirectory, "dialogs");
        }

        return defaults;
    }
}

/// <summary>The smallest valid knowledge base, for hosts that run a scripted dialog.</summary>
public static class TestKnowledge
{
    public static KnowledgeBase Minimal()
    {
        string[] none = [];
        var vocabulary = new Vocabulary(none, none, none, none, none, none, none, none, none, none, none, none, [], none, none, none);
        var english = new LanguagePack("en", new Messages(new Dictionary<string, string>()), [], [], [], vocabulary);
        return new KnowledgeBase(new RuleBook([]), new Dictionary<string, LanguagePack> { ["en"] = english });
    }
}
