using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Watchdog.SampleWeb.Logging;
using Watchdog.SampleWeb.Serving;

namespace Watchdog.SampleWeb.Social;

/// <summary>
/// The sample web's social site on its own port: a Telegram channel preview, a Mastodon tag timeline, a Discourse forum
/// and a phpBB thread, each at the address the real platform uses, with ETags and 304 answers like the news sites.
/// </summary>
internal sealed class SocialSampleHost : IAsyncDisposable
{
    public const string Name = "social";

    /// <summary>The demo's fixed port, apart from the news sites' 5081 onwards so more of those can be added.</summary>
    public const int DemoPortOffset = 9;

    private static readonly DateTimeOffset FilesModifiedAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private Dictionary<(string Path, string Query), SampleResponse> _responses = [];

    private SocialSampleHost(WebApplication app, RequestLog log)
    {
        _app = app;
        _log = log;
    }

    public SampleSite Site { get; private set; } = null!;

    public IEnumerable<DemoSource> DemoSources =>
        SocialSampleRoutes.DemoSources.Select(d => new DemoSource(Site.Url(d.Path.TrimStart('/')), d.Kind, d.Tags, Name, d.Title));

    public static async Task<SocialSampleHost> StartAsync(int port, RequestLog log, CancellationToken ct)
    {
        var builder = LoopbackApp.CreateBuilder(port);
        var app = builder.Build();
        var host = new SocialSampleHost(app, log);
        app.Run(host.ServeAsync);
        await app.StartAsync(ct);
        var baseUri = LoopbackApp.BaseUri(app);
        host._responses = SocialSampleRoutes.All.ToDictionary(r => (r.Path, r.Query), r => Load(r, baseUri));
        host.Site = new SampleSite(Name, "Social platforms and forums", "ru", baseUri);
        return host;
    }

    private static SampleResponse Load(SocialSampleRoute route, Uri baseUri)
    {
        var name = $"SampleWeb.Social/{route.File}";
        using var stream = typeof(SocialSampleHost).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The sample social file {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd().Replace("{base}", baseUri.AbsoluteUri, StringComparison.Ordinal);
        return new SampleResponse(StatusCodes.Status200OK, route.ContentType, Encoding.UTF8.GetBytes(text), FilesModifiedAt);
    }

    private async Task ServeAsync(HttpContext http)
    {
        var request = http.Request;
        var path = request.Path.Value ?? "/";
        var found = _responses.TryGetValue((path, request.QueryString.Value ?? ""), out var response);
        var notModified = found && ConditionalGet.IsNotModified(request.Headers.IfNoneMatch.ToString(), request.Headers.IfModifiedSince.ToString(), response!.ETag, response.LastModified);
        var status = !found ? StatusCodes.Status404NotFound : notModified ? StatusCodes.Status304NotModified : StatusCodes.Status200OK;
        _log.Add(new RecordedRequest(Name, request.Method, path, request.QueryString.Value,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), status, DateTimeOffset.UtcNow));
        http.Response.StatusCode = status;
        if (response is null || status != StatusCodes.Status200OK) return;
        http.Response.Headers.ETag = response.ETag;
        http.Response.Headers.LastModified = response.LastModified.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.Body.Length;
        if (HttpMethods.IsGet(request.Method)) await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
