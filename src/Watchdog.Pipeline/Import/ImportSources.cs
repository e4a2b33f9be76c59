using Watchdog.Core.Sources;
using Watchdog.Core.Storage;

namespace Watchdog.Pipeline.Import;

/// <summary>
/// The source each imported article belongs to: the archive's source URL, or the article's site. A source not known
/// yet is added paused, so importing an archive never starts fetching its sites; resuming one (`sources resume`) does.
/// </summary>
public sealed class ImportSources(ISourceStore sources)
{
    public const string PausedReason = "added by `watchdog import`; resume it to watch the site";

    private readonly Dictionary<Uri, Source> _known = [];

    public async Task<Source> ForAsync(ImportRecord record, CancellationToken ct)
    {
        var url = record.SourceUrl ?? new Uri(record.Url.GetLeftPart(UriPartial.Authority) + "/");
        if (_known.TryGetValue(url, out var known)) return known;
        var source = await sources.FindByUrlAsync(url, ct)
                     ?? await sources.AddAsync(new Source
                     {
                         Url = url,
                         Title = record.SourceName,
                         Health = SourceHealth.New with { Status = SourceStatus.Paused, PausedReason = PausedReason },
                     }, ct);
        _known[url] = source;
        return source;
    }
}
