using Watchdog.Core.Queue;

namespace Watchdog.Storage.Sql;

/// <summary>The <c>state</c> column values of work_items in both SQL backends.</summary>
public static class WorkItemStates
{
    public const string Pending = "pending";
    public const string Leased = "leased";
    public const string Done = "done";
    public const string Quarantined = "quarantined";

    public static QueueCounts ToCounts(IReadOnlyDictionary<string, long> countByState) => new(
        countByState.GetValueOrDefault(Pending),
        countByState.GetValueOrDefault(Leased),
        countByState.GetValueOrDefault(Done),
        countByState.GetValueOrDefault(Quarantined));
}
