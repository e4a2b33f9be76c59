using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Watchdog.SampleWeb.Content;
using Watchdog.SampleWeb.Logging;
using Watchdog.SampleWeb.Rendering;

namespace Watchdog.SampleWeb.Serving;

/// <summary>One sample site on its own Kestrel listener on 127.0.0.1, answering from the current <see cref="SiteSnapshot"/>.</summary>
internal sealed class SiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly Lock _publishGate = new();
    private SiteContext _context = null!;
    private volatile SiteSnapshot? _snapshot;

    private SiteHost(WebApplication app, RequestLog log)
    {
        _app = app;
        _log = log;
    }

    public SampleSite Site { get; private set; } = null!;

    public SiteContent Content => _context.Content;

    public SiteSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("The site has not started.");

    public static async Task<SiteHost> StartAsync(SiteContent content, int port, RequestLog log, CancellationToken ct)
    {
        var builder = LoopbackApp.CreateBuilder(port);
        // Compressed answers exercise the fetcher's gzip/brotli handling; the gzip sitemap stays as it is.
        builder.Services.AddResponseCompression(options =>
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"]));
        var app = builder.Build();
        var host = new SiteHost(app, log);
        app.UseResponseCompression();
        app.Run(host.ServeAsync);
        await app.StartAsync(ct);

        var baseUri = LoopbackApp.BaseUri(app);
        host._context = new SiteContext(content, baseUri);
        host._snapshot = SiteSnapshot.Build(host._context);
        host.Site = new SampleSite(content.Name, content.Manifest.Title, content.Manifest.Language, baseUri);
        return host;
    }

    /// <summary>Adds (or replaces) an article; the feed, sitemap and listings change with it.</summary>
    public Uri Publish(SampleArticle article)
    {
        lock (_publishGate)
        {
            _context = _context with { Content = _context.Content.WithArticle(article) };
            _snapshot = SiteSnapshot.Build(_context);
            return new Uri(_context.UrlOf(article));
        }
    }

    private async Task ServeAsync(HttpContext http)
    {
        var request = http.Request;
        var snapshot = _snapshot;
        if (snapshot is null)
        {
            // Only possible on a fixed port, for a request that races the start-up.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        var response = snapshot.Find(request.Path.Value ?? "/") ?? snapshot.NotFound;
        var status = StatusFor(request, response);
        // Logged before the body is written, so a client that has its answer always finds it in the log.
        _log.Add(new RecordedRequest(Site.Name, request.Method, request.Path.Value ?? "/", request.QueryString.Value,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), status, DateTimeOffset.UtcNow));

        http.Response.StatusCode = status;
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        http.Response.Headers.ETag = response.ETag;
        http.Response.Headers.LastModified = response.LastModified.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
        if (status == StatusCodes.Status304NotModified) return;
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.Body.Length;
        if (HttpMethods.IsGet(request.Method)) await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }

    private static int StatusFor(HttpRequest request, SampleResponse response)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return StatusCodes.Status405MethodNotAllowed;
        var headers = request.Headers;
        var notModified = response.StatusCode == StatusCodes.Status200OK
            && ConditionalGet.IsNotModified(headers.IfNoneMatch.ToString(), headers.IfModifiedSince.ToString(), response.ETag, response.LastModified);
        return notModified ? StatusCodes.Status304NotModified : response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
