namespace Watchdog.Core.Retention;

/// <summary>
/// Deletes raw bodies that nothing needs any more: no stored article was made from them and they were last fetched
/// before the cutoff. Bodies of kept articles stay, so `watchdog reprocess` still works on everything stored.
/// </summary>
public interface IRawRetention
{
    Task<RawPurge> CountExpiredAsync(DateTimeOffset cutoff, CancellationToken ct);

    /// <summary>Deletes up to <paramref name="limit"/> such bodies with every record of where they were fetched from.</summary>
    Task<RawPurge> PurgeExpiredAsync(DateTimeOffset cutoff, int limit, CancellationToken ct);
}

/// <param name="StoredBytes">Their compressed size, what deleting them frees.</param>
public sealed record RawPurge(long Bodies, long StoredBytes);
