using System.Net;
using Watchdog.Collect.Fetching;
using Watchdog.Guard.Audit.Capture;
using Watchdog.Guard.Audit.Evaluators;

namespace Watchdog.Guard.Audit;

/// <summary>
/// A passive security audit of one of the operator's own sites. The requests, one at a time, all plain GETs:
/// 1. the site URL, following up to <see cref="SiteAuditOptions.MaxRedirects"/> redirects to the home page;
/// 2. http://host/ (when the site is HTTPS), to see whether it redirects to HTTPS;
/// 3. a random path that cannot exist, to learn what the site answers for unknown paths (soft 404);
/// 4. each path of <see cref="ExposedFileProbes.All"/>.
/// No payloads, no forms, no guessing beyond that fixed list. The facts go to the pure evaluators in
/// <c>Evaluators/</c>. Hosts on loopback or private networks are refused unless the options allow them.
/// </summary>
public sealed class SiteAuditor : IDisposable
{
    private readonly HttpClient _client;
    private readonly TlsHandshakeRecorder _tls = new();
    private readonly SiteAuditOptions _options;
    private readonly AuditRequester _requester;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Takes ownership of <paramref name="handler"/> and reconfigures it for auditing: no redirects, no cookie
    /// jar, and a certificate callback that records every handshake and accepts it. The caller decides the rest
    /// (connect callback, proxy, <c>SslOptions.CertificateChainPolicy</c>).</summary>
    public SiteAuditor(SocketsHttpHandler handler, SiteAuditOptions? options = null, TimeProvider? time = null)
    {
        handler.AllowAutoRedirect = false;
        handler.UseCookies = false;
        handler.AutomaticDecompression = DecompressionMethods.All;
        _tls.Attach(handler);
        _options = options ?? new SiteAuditOptions();
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _requester = new AuditRequester(_client, _options);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>An auditor with a default handler (system trust store, no proxy settings beyond the system's).</summary>
    public static SiteAuditor Create(SiteAuditOptions? options = null) =>
#pragma warning disable CA2000 // the auditor takes ownership of the handler (its HttpClient disposes it)
        new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15) }, options);
#pragma warning restore CA2000

    /// <exception cref="SiteAuditException">The URL is invalid, its host is refused, or the site does not answer.</exception>
    public Task<SiteAuditReport> AuditAsync(Uri site, CancellationToken ct) => AuditAsync(site, null, ct);

    /// <param name="mayFollow">Which redirect targets the audit may follow (the exposed-file probes go to the last one);
    /// null: any the address rules allow. Keeps an audit of a verified site from spilling onto a site it redirects to.</param>
    /// <exception cref="SiteAuditException">The URL is invalid, its host is refused, or the site does not answer.</exception>
    public async Task<SiteAuditReport> AuditAsync(Uri site, Func<Uri, bool>? mayFollow, CancellationToken ct)
    {
        if (!site.IsAbsoluteUri || site.Scheme is not ("http" or "https"))
            throw new SiteAuditException(SiteAuditFailure.InvalidUrl, $"'{site.OriginalString}' is not an absolute http or https URL");
        await _oneAtATime.WaitAsync(ct);
        try
        {
            return await RunAsync(site, mayFollow ?? (_ => true), ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _oneAtATime.Dispose();
    }

    private async Task<SiteAuditReport> RunAsync(Uri site, Func<Uri, bool> mayFollow, CancellationToken ct)
    {
        var notes = new List<string>();
        if (await WhyRefusedAsync(site, ct) is { } refused) throw new SiteAuditException(SiteAuditFailure.AddressRefused, refused);
        var chain = await FollowToHomeAsync(site, mayFollow, notes, ct);
        var home = chain[^1];
        var outcomes = new List<CheckOutcome>();
        DateTimeOffset? certificateExpiresAt = null;

        var (plainHttp, plainHttpError) = site.Scheme == Uri.UriSchemeHttp ? (chain[0], null) : await _requester.GetAsync(PlainHttpUrl(site), ct);
        outcomes.AddRange(TransportEvaluator.Evaluate(home.Url, plainHttp, plainHttpError));
        if (home.Url.Scheme == Uri.UriSchemeHttps)
        {
            if (_tls.For(home.Url.IdnHost) is { } tls)
            {
                outcomes.AddRange(CertificateEvaluator.Evaluate(tls, _time.GetUtcNow()));
                certificateExpiresAt = tls.NotAfter;
            }
            else notes.Add($"no TLS handshake with {home.Url.IdnHost} was recorded; certificate checks skipped");
        }
        outcomes.AddRange(HeaderEvaluator.Evaluate(home));
        outcomes.AddRange(CookieEvaluator.Evaluate(chain));
        outcomes.AddRange(await ProbeExposedFilesAsync(home.Url, notes, ct));
        return SiteAuditReport.From(site, _time.GetUtcNow(), outcomes, notes) with { CertificateExpiresAt = certificateExpiresAt };
    }

    private async Task<IReadOnlyList<CapturedResponse>> FollowToHomeAsync(Uri site, Func<Uri, bool> mayFollow, List<string> notes, CancellationToken ct)
    {
        var chain = new List<CapturedResponse>();
        var url = site;
        for (var hop = 0; ; hop++)
        {
            var (response, error) = await _requester.GetAsync(url, ct);
            if (response is null)
            {
                if (chain.Count == 0) throw new SiteAuditException(SiteAuditFailure.Unreachable, $"{url} did not answer: {error}");
                notes.Add($"redirect target {url} did not answer ({error}); audited the last response instead");
                return chain;
            }
            chain.Add(response);
            if (!response.IsRedirect || response.Header("Location") is not { } location || !Uri.TryCreate(url, location, out var next)) return chain;
            if (hop >= _options.MaxRedirects)
            {
                notes.Add($"stopped after {_options.MaxRedirects} redirects at {url}");
                return chain;
            }
            if (!mayFollow(next))
            {
                notes.Add($"redirect to {next} not followed (not the audited site)");
                return chain;
            }
            if (next.Scheme is not ("http" or "https") || await WhyRefusedAsync(next, ct) is { } refused)
            {
                notes.Add($"redirect to {next} not followed ({(next.Scheme is "http" or "https" ? "refused address" : "not http(s)")})");
                return chain;
            }
            url = next;
        }
    }

    private async Task<IEnumerable<CheckOutcome>> ProbeExposedFilesAsync(Uri home, List<string> notes, CancellationToken ct)
    {
        var origin = new Uri(home.GetLeftPart(UriPartial.Authority));
        var (baseline, baselineError) = await _requester.GetAsync(new Uri(origin, $"/watchdog-audit-{Guid.NewGuid():N}"), ct);
        if (baseline is null) notes.Add($"the request for a random path failed ({baselineError}); soft-404 handling is off");
        else if (baseline.IsSuccess) notes.Add($"the site answers HTTP {baseline.Status} for paths that do not exist; probes that look the same are ignored");
        var probes = new List<(ExposedFileProbe, CapturedResponse?)>();
        foreach (var probe in ExposedFileProbes.All)
        {
            var (response, _) = await _requester.GetAsync(new Uri(origin, probe.Path), ct);
            probes.Add((probe, response));
        }
        return ExposedFileEvaluator.Evaluate(probes, baseline);
    }

    private Uri PlainHttpUrl(Uri site) => new UriBuilder(Uri.UriSchemeHttp, site.Host, _options.PlainHttpPort, "/").Uri;

    private Task<string?> WhyRefusedAsync(Uri url, CancellationToken ct) =>
        AddressGuard.CheckHostAsync(url.Host, new FetcherOptions
        {
            AllowLoopback = _options.AllowPrivateAddresses,
            AllowPrivateNetworks = _options.AllowPrivateAddresses,
        }, ct);
}
