using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright's .NET driver (which ships in the NuGet package; no browser download),
/// launched once per test class (it is slow to start) with a fresh profile; each test gets its own context.
/// Missing Chromium fails the tests with what to run.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where screenshots go: bin/…/screenshots/ (git-ignored).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static string ScreenshotPath(string name) => Path.Combine(ScreenshotFolder, name + ".png");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            // Thrown here, every test of the class fails with this message.
            throw new InvalidOperationException($"Chromium was not found at {executable}: run scripts/install-test-deps (it apt-installs chromium).");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();

        // Playwright gives the browser a fresh temporary --user-data-dir of its own.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = Flags });
    }

    /// <summary>A new page in a new, empty context (no cookies or storage shared between tests), in a browser whose
    /// language is <paramref name="locale"/> (navigator.languages, Accept-Language, Intl).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 860, bool phone = false, string locale = "en-GB")
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            Locale = locale,
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
