using System.Globalization;
using DisputeBot.Analytics;

namespace DisputeBot.Support;

/// <summary>
/// The support page's endpoints. Signing in with the access key sets an HttpOnly cookie (<see cref="SupportSession"/>);
/// without it the page is the sign-in form and everything else answers 401, a wrong key 403.
/// </summary>
internal static class SupportEndpoints
{
    public const string Root = "/support";

    /// <summary>Longest range a report covers: the days counts are kept.</summary>
    private const int MaxDays = 400;

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Where the page's files are copied beside the binary.</summary>
    private static readonly string PageFolder = Path.Combine(AppContext.BaseDirectory, "support-page");

    public static IResult Page(HttpContext context, SupportSession session) =>
        PageFile(context, session.IsValid(context.Request.Cookies[SupportSession.CookieName]) ? "support.html" : "sign-in.html", StatusCodes.Status200OK);

    public static async Task<IResult> SignInAsync(HttpContext context, SupportSession session)
    {
        string? key = null;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            key = form["key"];
        }

        if (!session.IsAccessKey(key))
        {
            return PageFile(context, "sign-in-refused.html", StatusCodes.Status403Forbidden);
        }

        context.Response.Cookies.Append(SupportSession.CookieName, session.Issue(), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = Root,
            MaxAge = session.Lifetime,
        });
        return Results.Redirect(Root + "/", permanent: false, preserveMethod: false);
    }

    public static IResult SignOut(HttpContext context)
    {
        context.Response.Cookies.Delete(SupportSession.CookieName, new CookieOptions { Path = Root });
        return Results.Redirect(Root + "/");
    }

    public static IResult File(HttpContext context, SupportSession session, string file)
    {
        if (!session.IsValid(context.Request.Cookies[SupportSession.CookieName]))
        {
            return Results.Unauthorized();
        }

        return PageFile(context, file, StatusCodes.Status200OK);
    }

    public static async Task<IResult> ReportAsync(HttpContext context, SupportSession session, IAnalyticsStore store, SupportReportBuilder builder, TimeProvider time)
    {
        if (!session.IsValid(context.Request.Cookies[SupportSession.CookieName]))
        {
            return Results.Unauthorized();
        }

        if (Range(context, time) is not var (from, to))
        {
            return BadRange();
        }

        var report = await BuildAsync(store, builder, from, to, context.RequestAborted).ConfigureAwait(false);
        NoStore(context);
        return Results.Json(report, SupportJsonContext.Default.SupportReport);
    }

    public static async Task<IResult> ExportAsync(HttpContext context, SupportSession session, IAnalyticsStore store, SupportReportBuilder builder, TimeProvider time, string table)
    {
        if (!session.IsValid(context.Request.Cookies[SupportSession.CookieName]))
        {
            return Results.Unauthorized();
        }

        if (!SupportTables.Names.Contains(table))
        {
            return Results.NotFound();
        }

        if (Range(context, time) is not var (from, to))
        {
            return BadRange();
        }

        var report = await BuildAsync(store, builder, from, to, context.RequestAborted).ConfigureAwait(false);
        NoStore(context);
        var name = string.Create(CultureInfo.InvariantCulture, $"disputebot-{table}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv");
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        return Results.Text(SupportTables.Csv(table, report)!, "text/csv; charset=utf-8");
    }

    private static async Task<SupportReport> BuildAsync(IAnalyticsStore store, SupportReportBuilder builder, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = await store.ReadDaysAsync(from, to, cancellationToken).ConfigureAwait(false);
        var texts = await store.ReadNotUnderstoodAsync(from, to, cancellationToken).ConfigureAwait(false);
        return builder.Build(from, to, days, texts);
    }

    /// <summary>?from=yyyy-MM-dd&amp;to=yyyy-MM-dd; by default the last seven days up to today (UTC).</summary>
    private static (DateOnly From, DateOnly To)? Range(HttpContext context, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var query = context.Request.Query;
        DateOnly to = today, from = today.AddDays(-6);
        if (query["to"] is [{ Length: > 0 } t] && !DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out to))
        {
            return null;
        }

        if (query["from"] is [{ Length: > 0 } f] && !DateOnly.TryParseExact(f, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
        {
            return null;
        }

        return from > to || to.DayNumber - from.DayNumber >= MaxDays ? null : (from, to);
    }

    private static IResult BadRange() =>
        Results.Text($"from and to must be days as yyyy-MM-dd, from not after to, at most {MaxDays} days apart.", "text/plain", statusCode: StatusCodes.Status400BadRequest);

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    private static IResult PageFile(HttpContext context, string file, int status)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        var type = Path.GetExtension(file) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "text/html; charset=utf-8",
        };
        return Results.Text(System.IO.File.ReadAllText(Path.Combine(PageFolder, file)), type, statusCode: status);
    }

    /// <summary>Anything else under /support: 401 before signing in.</summary>
    public static IResult Other(HttpContext context, SupportSession session) =>
        session.IsValid(context.Request.Cookies[SupportSession.CookieName]) ? Results.NotFound() : Results.Unauthorized();
}
