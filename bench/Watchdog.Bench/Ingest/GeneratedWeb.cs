using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Watchdog.Bench.Ingest;

/// <summary>
/// A generated web for the ingest benchmark: <c>hosts</c> sites, each its own Kestrel port on 127.0.0.1, each with an
/// RSS feed listing <c>perHost</c> article pages of unique, deterministic prose (so nothing is deduplicated away).
/// </summary>
public sealed class GeneratedWeb : IAsyncDisposable
{
    private static readonly string[] Vocabulary =
    [
        "assembly", "journalists", "regional", "court", "ministry", "editor", "newspaper", "report", "election", "budget",
        "council", "protest", "river", "harvest", "schools", "hospital", "border", "railway", "mayor", "prosecutor",
        "license", "broadcast", "reform", "inflation", "pension", "drought", "festival", "museum", "airport", "factory",
        "villagers", "teachers", "students", "lawyers", "witnesses", "officials", "residents", "farmers", "drivers", "miners",
        "announced", "criticised", "approved", "delayed", "promised", "reported", "denied", "reviewed", "published", "questioned",
    ];

    private readonly WebApplication _app;

    private GeneratedWeb(WebApplication app, IReadOnlyList<Uri> sites, int perHost, bool markers)
    {
        _app = app;
        Sites = sites;
        PerHost = perHost;
        HasMarkers = markers;
    }

    /// <summary>Each article carries <see cref="Marker"/>, a word found in no other page (the soak benchmark searches for it).</summary>
    public bool HasMarkers { get; }

    public IReadOnlyList<Uri> Sites { get; }

    public int PerHost { get; }

    public Uri FeedUrl(Uri site) => new(site, "/feed.xml");

    public Uri ArticleUrl(Uri site, int n) => new(site, $"/news/{n}");

    /// <summary>A word unique to one article: letters and digits, which every analyzer keeps as one token.</summary>
    public static string Marker(int port, int n) => FormattableString.Invariant($"soak{port}p{n}x");

    public static async Task<GeneratedWeb> StartAsync(int hosts, int perHost, bool markers = false)
    {
        var (app, sites) = await LoopbackSites.StartAsync(hosts, context => ServeAsync(context, perHost, markers));
        return new GeneratedWeb(app, sites, perHost, markers);
    }

    /// <summary>Pages per host the seeds keep distinct (port × this + page stays below int.MaxValue).</summary>
    public const int MaxPagesPerHost = 10_000;

    public static string ArticleHtml(int port, int n, bool marker = false)
    {
        // A distinct seed per page: HashCode.Combine (randomised per process) collided now and then, two pages got the
        // same body, the store rightly kept one as a duplicate and the run waited for an article that never came.
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(n, MaxPagesPerHost);
        var random = new Random(port * MaxPagesPerHost + n);
        var title = $"Report {port}-{n}: {Words(random, 5)}";
        var text = new StringBuilder();
        text.Append(CultureInfoInvariant($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"));
        text.Append(CultureInfoInvariant($"<meta property=\"article:published_time\" content=\"2026-{1 + n % 12:00}-{1 + n % 28:00}T10:00:00Z\"></head><body>"));
        text.Append("<header><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav></header><main><article>");
        text.Append(CultureInfoInvariant($"<h1>{title}</h1>"));
        for (var p = 0; p < 6; p++) text.Append("<p>").Append(Sentences(random, 4)).Append("</p>");
        if (marker) text.Append(CultureInfoInvariant($"<p>The reference of this report is {Marker(port, n)} in the archive.</p>"));
        text.Append("</article></main><footer>© Generated news</footer></body></html>");
        return text.ToString();
    }

    private static Task ServeAsync(HttpContext context, int perHost, bool markers)
    {
        var port = context.Connection.LocalPort;
        var path = context.Request.Path.Value ?? "/";
        if (path == "/feed.xml") return WriteAsync(context, "application/rss+xml", Feed(context.Request, perHost));
        if (path.StartsWith("/news/", StringComparison.Ordinal) && int.TryParse(path[6..], out var n) && n >= 0 && n < perHost)
            return WriteAsync(context, "text/html; charset=utf-8", ArticleHtml(port, n, markers));
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static string Feed(HttpRequest request, int perHost)
    {
        var site = $"http://{request.Host}";
        var items = Enumerable.Range(0, perHost).Select(n =>
            $"<item><title>Item {n}</title><link>{SecurityElement.Escape($"{site}/news/{n}")}</link><guid>{n}</guid></item>");
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Generated {request.Host}</title><link>{site}/</link>{string.Concat(items)}</channel></rss>";
    }

    private static Task WriteAsync(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    private static string Sentences(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Capitalise(Words(random, 12 + random.Next(10))) + "."));

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
