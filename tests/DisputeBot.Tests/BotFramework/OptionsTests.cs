using DisputeBot.Channels.BotFramework;
using DisputeBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.BotFramework;

/// <summary>The channel's settings: where they are read from and the start-up errors for wrong ones.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void A_single_tenant_bot_without_a_tenant_id_fails_with_one_message_naming_MicrosoftAppTenantId()
    {
        var result = Validate(new() { MicrosoftAppId = TestIds.AppId, MicrosoftAppPassword = "s", MicrosoftAppType = MicrosoftAppType.SingleTenant });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("MicrosoftAppTenantId", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_configured_single_tenant_without_a_tenant_id_stops_with_one_line_naming_the_setting()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestIds.AppId,
            ["MicrosoftAppPassword"] = "s",
            ["MicrosoftAppType"] = "SingleTenant",
        });
        builder.AddBotFrameworkChannel();
        await using var app = builder.Build();

        var failure = Assert.ThrowsAny<Exception>(() => app.MapBotFrameworkChannel());

        var line = StartupFailure.Describe(failure);
        Assert.NotNull(line);
        Assert.StartsWith("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void An_app_id_without_a_password_fails_naming_MicrosoftAppPassword()
    {
        var failure = Assert.Single(Validate(new() { MicrosoftAppId = TestIds.AppId }).Failures!);

        Assert.Contains("MicrosoftAppPassword", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_assigned_managed_identity_is_refused_clearly()
    {
        var result = Validate(new() { MicrosoftAppId = TestIds.AppId, MicrosoftAppType = MicrosoftAppType.UserAssignedMsi });

        Assert.Contains(result.Failures!, f => f.Contains("UserAssignedMsi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://login.example.com/.well-known/openidconfiguration")]
    [InlineData("not a url")]
    public void Metadata_must_come_over_https_except_from_loopback(string url)
    {
        var failure = Assert.Single(Validate(new() { OpenIdMetadataUrl = url }).Failures!);

        Assert.Contains("BotFramework:OpenIdMetadataUrl", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bot.example.com")]
    [InlineData("bot.example.com")]
    [InlineData("https://bot.example.com/?x=1")]
    public void A_public_base_url_that_is_not_https_fails_naming_BotFramework_PublicBaseUrl(string url)
    {
        var failure = Assert.Single(Validate(new() { PublicBaseUrl = url }).Failures!);

        Assert.StartsWith("BotFramework:PublicBaseUrl must be", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://bot.example.com")]
    [InlineData("https://bot.example.com/disputes/")]
    [InlineData("http://127.0.0.1:3978")]
    public void A_public_https_or_loopback_base_url_is_accepted(string url) =>
        Assert.True(Validate(new() { PublicBaseUrl = url }).Succeeded);

    [Fact]
    public void Loopback_metadata_over_http_is_accepted_for_tests()
    {
        Assert.True(Validate(new() { OpenIdMetadataUrl = "http://127.0.0.1:5000/meta", EmulatorOpenIdMetadataUrl = "http://localhost:5000/meta" }).Succeeded);
    }

    [Fact]
    public void Anonymous_mode_with_the_defaults_is_valid()
    {
        Assert.True(Validate(new()).Succeeded);
    }

    [Fact]
    public void A_password_in_an_appsettings_file_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), "{\"" + "MicrosoftAppPassword" + "\":\"placeholder-not-a-secret\"}");
            var configuration = new ConfigurationBuilder().SetBasePath(folder.FullName).AddJsonFile("appsettings.json").Build();

            var result = new BotFrameworkOptionsValidator(configuration).Validate(null, new BotFrameworkOptions { MicrosoftAppId = TestIds.AppId, MicrosoftAppPassword = "committed-secret" });

            var failure = Assert.Single(result.Failures!);
            Assert.Contains("must not be in appsettings.json", failure, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_credentials_are_read_from_the_root_and_the_rest_from_the_BotFramework_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestIds.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppTenantId"] = TestIds.TenantId,
            ["BotFramework:OAuthScope"] = "https://api.example.test/.default",
            ["BotFramework:MaxMessageBytes"] = "20000",
        }).Build();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.AddBotFrameworkChannel();
        using var services = builder.Services.BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.Equal(TestIds.AppId, options.MicrosoftAppId);
        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal($"https://login.microsoftonline.com/{TestIds.TenantId}", options.EffectiveTokenAuthority);
        Assert.Equal("https://api.example.test/.default", options.OAuthScope);
        Assert.Equal(20000, options.MaxMessageBytes);
    }

    [Fact]
    public void A_multi_tenant_bot_gets_its_tokens_from_the_botframework_tenant()
    {
        Assert.Equal("https://login.microsoftonline.com/botframework.com", new BotFrameworkOptions { MicrosoftAppId = TestIds.AppId }.EffectiveTokenAuthority);
    }

    private static ValidateOptionsResult Validate(BotFrameworkOptions options) =>
        new BotFrameworkOptionsValidator(new ConfigurationBuilder().Build()).Validate(null, options);
}
