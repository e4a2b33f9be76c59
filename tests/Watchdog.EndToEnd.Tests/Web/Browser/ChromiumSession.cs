using Microsoft.Playwright;

namespace Watchdog.EndToEnd.Tests.Web.Browser;

/// <summary>
/// Playwright driving Debian's chromium (no browser download, no `playwright install`). Root in a container needs
/// --no-sandbox; background networking is off so the browser never talks to anything but 127.0.0.1.
/// </summary>
public sealed class ChromiumSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Generous for a loaded 2-core CI machine; a healthy run takes a fraction of it.</summary>
    public const float UiTimeoutMs = 15_000;

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's chromium at {ChromiumPath}: apt-get install -y chromium (test.sh does this).");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>
    /// A new tab in a fresh context (no storage shared with other tests) whose relative URLs go to <paramref name="baseUri"/>,
    /// in a browser set to <paramref name="locale"/> (its navigator.languages and Accept-Language).
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page)> OpenPageAsync(Uri baseUri, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.AbsoluteUri, Locale = locale });
        context.SetDefaultTimeout(UiTimeoutMs);
        return (context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
