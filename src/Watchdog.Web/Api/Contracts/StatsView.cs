using Watchdog.Core.Queue;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Web.Api.Contracts;

/// <param name="SourcesByStatus">Count of sources per status (New, Ok, Failing, Paused).</param>
/// <param name="Stages">Items handled by each pipeline stage in this process, by outcome.</param>
public sealed record StatsView(
    long Articles,
    long IndexedDocuments,
    int Sources,
    IReadOnlyDictionary<string, int> SourcesByStatus,
    QueueCounts Queue,
    IReadOnlyList<StageCount> Stages);
