using Watchdog.Core.Storage;

namespace Watchdog.Pipeline.Scheduling;

/// <summary>
/// The display title of each source, for search results and other lists of articles, read from the store once and
/// kept: listing every source on each search was a store read per request. <see cref="SourceRegistry"/> drops it on
/// every change it makes; changes it does not see (a title found on the first fetch, the CLI in another process)
/// show within <see cref="MaxAge"/>, and an id not in it (a source just added elsewhere) reloads it at once.
/// </summary>
public sealed class SourceTitles(ISourceStore sources, TimeProvider clock)
{
    /// <summary>How stale a title may be when changed where the registry cannot see; one store read per this at any request rate.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private volatile Snapshot? _current;

    /// <returns>The title (or host) of each source by id; ids not found have no entry.</returns>
    public async Task<IReadOnlyDictionary<long, string>> ForAsync(IEnumerable<long> sourceIds, CancellationToken ct)
    {
        var snapshot = _current;
        var now = clock.GetUtcNow();
        if (snapshot is null || now - snapshot.ReadAt > MaxAge || sourceIds.Any(id => !snapshot.Titles.ContainsKey(id)))
        {
            // Concurrent misses may each read; the reads are equal, the last one stays.
            var listed = await sources.ListAsync(ct);
            snapshot = new Snapshot(listed.ToDictionary(s => s.Id, s => s.Title ?? s.Url.Host), now);
            _current = snapshot;
        }
        return snapshot.Titles;
    }

    /// <summary>Called after a source is added, changed or removed, so the next read sees it.</summary>
    public void Invalidate() => _current = null;

    private sealed record Snapshot(IReadOnlyDictionary<long, string> Titles, DateTimeOffset ReadAt);
}
