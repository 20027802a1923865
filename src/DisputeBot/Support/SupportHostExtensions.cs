using Microsoft.Extensions.Options;

namespace DisputeBot.Support;

/// <summary>Wiring of the support page at /support: mapped only when <c>Support:AccessKey</c> is set.</summary>
public static class SupportHostExtensions
{
    public static WebApplicationBuilder AddSupportPage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SupportPageOptions>().Bind(builder.Configuration.GetSection(SupportPageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SupportPageOptions>, SupportPageOptionsValidator>();
        services.AddSingleton<SupportSession>();
        services.AddSingleton<SupportReportBuilder>();
        return builder;
    }

    public static WebApplication MapSupportPage(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<SupportPageOptions>>().Value.Enabled)
        {
            return app;
        }

        var support = app.MapGroup(SupportEndpoints.Root);
        support.MapGet("/", SupportEndpoints.Page);
        support.MapPost("/sign-in", SupportEndpoints.SignInAsync);
        support.MapPost("/sign-out", SupportEndpoints.SignOut);
        support.MapGet("/{file:regex(^(support\\.js|support\\.css)$)}", SupportEndpoints.File);
        support.MapGet("/report", SupportEndpoints.ReportAsync);
        support.MapGet("/export/{table}.csv", SupportEndpoints.ExportAsync);
        support.Map("/{**rest}", SupportEndpoints.Other);
        return app;
    }
}
