using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DisputeBot.Handoff;
using DisputeBot.Tests.BotFramework;

namespace DisputeBot.Tests.Handoff;

/// <summary>The handoff webhook against a real HTTP server on a loopback port that checks the signature the way a
/// receiver would: HMAC-SHA256 of the raw body under the shared secret.</summary>
public sealed class HandoffWebhookTests
{
    private const string Secret = "x7Qe9vLr2KpT4wZa8mNc3HsJ6uYb1FdG";

    [Fact]
    public async Task A_buyer_who_asks_for_a_person_is_posted_to_the_webhook_signed_with_the_summary_and_latest_messages()
    {
        using var receiver = new WebhookReceiver();
        using var host = new BotHost(new() { ["Support:HandoffWebhookUrl"] = receiver.Url, ["Support:HandoffWebhookSecret"] = Secret, ["Support:HandoffAgentReplies"] = "false" });

        await host.ExchangeAsync(Activities.Message("the parcel never came", conversationId: "conv-hook", id: "act-1"));
        var replies = await host.ExchangeAsync(Activities.Message("can I talk to a real person?", conversationId: "conv-hook", id: "act-2"));

        Assert.Contains(replies, r => r.Text?.Contains("sent your case", StringComparison.Ordinal) == true);
        var post = await receiver.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("POST", post.Method);
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), post.Body)), post.Signature);
        Assert.False(string.IsNullOrEmpty(post.Delivery));

        var json = JsonNode.Parse(post.Body)!;
        Assert.Equal("handoff", (string?)json["type"]);
        Assert.Equal("webchat", (string?)json["channel"]);
        Assert.Equal("conv-hook", (string?)json["conversationId"]);
        Assert.Equal("en", (string?)json["language"]);
        Assert.Equal("asked", (string?)json["reason"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["summary"]));
        var recent = json["recentMessages"]!.AsArray();
        Assert.Contains(recent, m => (string?)m!["from"] == "buyer" && (string?)m["text"] == "the parcel never came");
        Assert.Equal("can I talk to a real person?", (string?)recent[^1]!["text"]);
        Assert.Contains(recent, m => (string?)m!["from"] == "bot");
    }

    [Fact]
    public void A_signature_under_another_secret_or_of_another_body_does_not_match()
    {
        var body = Encoding.UTF8.GetBytes("{\"channel\":\"telegram\"}");
        var signature = HandoffWebhook.Sign(body, Secret);

        Assert.NotEqual(signature, HandoffWebhook.Sign(body, Secret + "x"));
        Assert.NotEqual(signature, HandoffWebhook.Sign(Encoding.UTF8.GetBytes("{\"channel\":\"msteams\"}"), Secret));
    }

    [Theory]
    [InlineData("http://example.com/hook", Secret, "Support:HandoffWebhookUrl")]
    [InlineData("not a url", Secret, "Support:HandoffWebhookUrl")]
    [InlineData("https://example.com/hook", null, "Support:HandoffWebhookSecret")]
    [InlineData("https://example.com/hook", "short", "Support:HandoffWebhookSecret")]
    public void A_wrong_setting_is_named_without_echoing_the_secret(string url, string? secret, string named)
    {
        var result = new HandoffWebhookOptionsValidator().Validate(null, new HandoffWebhookOptions { HandoffWebhookUrl = url, HandoffWebhookSecret = secret });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains(named, failure, StringComparison.Ordinal);
        if (secret is not null)
        {
            Assert.DoesNotContain(secret, failure, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_url_nothing_is_required()
    {
        Assert.True(new HandoffWebhookOptionsValidator().Validate(null, new HandoffWebhookOptions()).Succeeded);
    }
}
