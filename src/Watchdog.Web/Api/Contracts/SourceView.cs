using Watchdog.Core.Sources;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Preview;

namespace Watchdog.Web.Api.Contracts;

/// <summary>A source with its health, as the API and dashboard show it.</summary>
/// <param name="Every">Polling interval written as in watchdog.yaml (<c>10m</c>).</param>
public sealed record SourceView(
    long Id,
    Uri Url,
    SourceKind Kind,
    string? Title,
    IReadOnlyList<string> Tags,
    string Every,
    SourceStatus Status,
    DateTimeOffset? LastFetchAt,
    DateTimeOffset? NextRunAt,
    long ItemsStored,
    long ErrorCount,
    int ConsecutiveFailures,
    string? LastError,
    string? PausedReason,
    DateTimeOffset CreatedAt)
{
    public static SourceView From(Source source) => new(
        source.Id, source.Url, source.Kind, source.Title, source.Tags, new Duration(source.Interval).ToString(),
        source.Health.Status, source.Health.LastFetchAt, source.Health.NextRunAt, source.Health.ItemsStored,
        source.Health.ErrorCount, source.Health.ConsecutiveFailures, source.Health.LastError, source.Health.PausedReason,
        source.CreatedAt);
}

/// <summary>Body of <c>POST /api/sources</c>. Only <see cref="Url"/> is required.</summary>
/// <param name="Kind">auto (default), feed, page or sitemap.</param>
/// <param name="Every">Polling interval such as <c>10m</c> or <c>1h</c>; default 10m.</param>
public sealed record AddSourceRequest(string? Url, string? Kind = null, string? Every = null, IReadOnlyList<string>? Tags = null, string? Title = null);

/// <summary>Body of <c>POST /api/sources/preview</c>: the address to read and, optionally, how (auto by default).</summary>
public sealed record PreviewSourceRequest(string? Url, string? Kind = null);

/// <summary>What adding the source would give: the kind it reads as (in the words POST /api/sources takes), its title and first items.</summary>
/// <param name="Problem">Why nothing (or only part) could be read; null when all is well.</param>
/// <param name="Found">Items on the first page; at most a few are listed in <see cref="Items"/>.</param>
public sealed record SourcePreviewView(Uri Url, string Kind, string? Title, int Found, IReadOnlyList<SourcePreviewItem> Items, string? Problem)
{
    public static SourcePreviewView From(Uri url, SourcePreview preview) =>
        new(url, preview.Kind.ToString().ToLowerInvariant(), preview.Title, preview.Found, preview.Items, preview.Problem);
}

public sealed record FetchLogView(Uri Url, string Outcome, int StatusCode, double ElapsedMs, DateTimeOffset At, string? Error);
