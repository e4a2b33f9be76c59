using System.Text;
using Watchdog.SampleWeb.Content;
using Watchdog.SampleWeb.Logging;
using Watchdog.SampleWeb.Serving;

namespace Watchdog.SampleWeb;

/// <summary>
/// The bundled sample web: a few news sites in Russian, Kazakh and English, each on its own port on 127.0.0.1,
/// with feeds, sitemaps, robots.txt, article pages and 304 answers to conditional GETs. Used by the offline demo
/// (<c>watchdog up --demo</c>), the end-to-end tests and the ingest benchmark. Every request is recorded in <see cref="RequestLog"/>.
/// </summary>
public sealed class SampleWebServer(SampleWebOptions? options = null) : IAsyncDisposable
{
    private readonly SampleWebOptions _options = options ?? new SampleWebOptions();
    private readonly List<SiteHost> _hosts = [];
    private Social.SocialSampleHost? _social;

    static SampleWebServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public RequestLog RequestLog { get; } = new();

    /// <summary>The running sites, in the order of <see cref="SampleSites.All"/>.</summary>
    public IReadOnlyList<SampleSite> Sites => _hosts.Select(h => h.Site).ToList();

    public SampleSite Site(string name) =>
        Host(name).Site;

    /// <summary>
    /// The demo source list: one feed per site plus a sitemap index, a section page and a home page for feed discovery;
    /// and from the social site a Telegram channel, a Mastodon tag, a Discourse forum and a phpBB thread.
    /// </summary>
    public IReadOnlyList<DemoSource> DemoSources =>
        _hosts.SelectMany(host => host.Content.Manifest.DemoSources.Select(entry =>
            new DemoSource(host.Site.Url(entry.Path), entry.Kind, entry.Tags, host.Site.Name, entry.Title)))
            .Concat(_social?.DemoSources ?? []).ToList();

    /// <summary>The social platforms' site (Telegram preview, Mastodon API, Discourse, phpBB), once started.</summary>
    public SampleSite? SocialSite => _social?.Site;

    public async Task StartAsync(CancellationToken ct)
    {
        if (_hosts.Count > 0) throw new InvalidOperationException("The sample web is already started.");
        for (var i = 0; i < SampleSites.All.Count; i++)
        {
            var port = _options.BasePort == 0 ? 0 : _options.BasePort + i;
            _hosts.Add(await Listening(port, () => SiteHost.StartAsync(SiteContent.Load(SampleSites.All[i]), port, RequestLog, ct)));
        }
        var socialPort = _options.BasePort == 0 ? 0 : _options.BasePort + Social.SocialSampleHost.DemoPortOffset;
        _social = await Listening(socialPort, () => Social.SocialSampleHost.StartAsync(socialPort, RequestLog, ct));
    }

    /// <summary>Kestrel reports a taken port as an IOException deep in its own words; this names the port and the way out.</summary>
    private static async Task<T> Listening<T>(int port, Func<Task<T>> start)
    {
        try
        {
            return await start();
        }
        catch (IOException e) when (port != 0)
        {
            throw new DemoPortInUseException(port, e);
        }
    }

    /// <summary>Adds an article to a running site, as a newsroom would: its page appears, and so do feed, sitemap and listing entries.</summary>
    /// <returns>The new article's URL.</returns>
    public Uri PublishArticle(string site, SampleArticle article) => Host(site).Publish(article);

    /// <summary>The paths a site serves (every page, feed and sitemap), for tests that walk the whole site.</summary>
    public IReadOnlyList<string> Paths(string site) => Host(site).Snapshot.Paths.Order(StringComparer.Ordinal).ToList();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        _hosts.Clear();
        if (_social is not null) await _social.DisposeAsync();
        _social = null;
    }

    private SiteHost Host(string name) =>
        _hosts.FirstOrDefault(h => h.Site.Name == name)
        ?? throw new ArgumentException(_hosts.Count == 0 ? "The sample web is not started." : $"No sample site named '{name}'; sites: {string.Join(", ", SampleSites.All)}.", nameof(name));
}
