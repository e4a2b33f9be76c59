using Watchdog.Core.Storage;

namespace Watchdog.Application.Reporting;

/// <summary>The names sources are shown by (their title, else their host), read once per request.</summary>
public sealed class SourceNames(IReadOnlyDictionary<long, string> names)
{
    public static async Task<SourceNames> LoadAsync(ISourceStore sources, CancellationToken ct) =>
        new((await sources.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Title ?? s.Url.Host));

    /// <summary>A removed source keeps its articles until retention; it is shown by its id.</summary>
    public string Of(long sourceId) => names.TryGetValue(sourceId, out var name) ? name : $"source {sourceId}";
}
