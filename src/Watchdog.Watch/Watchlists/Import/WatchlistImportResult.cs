using Watchdog.Core.Watching;

namespace Watchdog.Watch.Watchlists.Import;

/// <summary>The good entries of an imported file, and one error per bad row; bad rows never spoil the good ones.</summary>
public sealed record WatchlistImportResult(IReadOnlyList<WatchlistEntry> Entries, IReadOnlyList<ImportRowError> Errors);

/// <param name="Row">1-based line of the file where the bad row starts.</param>
public sealed record ImportRowError(int Row, string Reason);
