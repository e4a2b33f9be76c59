namespace Watchdog.Bench.Soak;

/// <summary>What bench/results/soak.json holds for one store.</summary>
/// <param name="Lost">Articles of the feeds never stored.</param>
/// <param name="Duplicated">Articles stored more than once, plus articles a search by their own word finds more than once.</param>
/// <param name="Unindexed">Stored articles that a search through the API by their own word does not find.</param>
/// <param name="RecoverySeconds">From the last restart until every article was stored, indexed, and no work was left.</param>
public sealed record SoakStoreFigures(
    string Store, string Processes, int Articles, int Kills, int Lost, long Duplicated, int Unindexed, long Quarantined,
    bool Recovered, double RecoverySeconds, int CliRuns, int CliErrors, IReadOnlyList<string> FirstCliErrors, double WallSeconds,
    IReadOnlyList<long> ArticlesStoredAtEachKill);

public sealed record SoakFigures(string Data, string Settings, string Machine, IReadOnlyList<SoakStoreFigures> Stores);
