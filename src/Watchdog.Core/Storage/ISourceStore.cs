using Watchdog.Core.Sources;

namespace Watchdog.Core.Storage;

public interface ISourceStore
{
    /// <returns>The stored source with its id; an existing source with the same URL is returned unchanged.</returns>
    Task<Source> AddAsync(Source source, CancellationToken ct);
    Task<Source?> GetAsync(long id, CancellationToken ct);
    Task<Source?> FindByUrlAsync(Uri url, CancellationToken ct);
    Task<IReadOnlyList<Source>> ListAsync(CancellationToken ct);
    Task<bool> RemoveAsync(long id, CancellationToken ct);
    Task UpdateAsync(Source source, CancellationToken ct);

    /// <summary>Adds <paramref name="count"/> to the source's stored-article count in one write, without reading the row.</summary>
    /// <returns>false when the source no longer exists.</returns>
    Task<bool> AddItemsStoredAsync(long id, long count, CancellationToken ct);
    /// <summary>Sources not paused whose next run is at or before <paramref name="now"/> (or never ran).</summary>
    Task<IReadOnlyList<Source>> ListDueAsync(DateTimeOffset now, CancellationToken ct);
}
