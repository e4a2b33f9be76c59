using Watchdog.Core.Watching;

namespace Watchdog.Query.Watchlists;

/// <summary>The watchlists a query's <c>@name</c> references resolve against; names compare case-insensitively.</summary>
public sealed class WatchlistCatalog
{
    private readonly Dictionary<string, Watchlist> _byName;

    public WatchlistCatalog(IEnumerable<Watchlist> watchlists)
    {
        _byName = new Dictionary<string, Watchlist>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in watchlists) _byName[list.Name] = list;
    }

    public static WatchlistCatalog Empty { get; } = new([]);

    public Watchlist? Find(string name) => _byName.GetValueOrDefault(name);
}
