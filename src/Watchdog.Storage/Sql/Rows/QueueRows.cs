using System.Data.Common;
using Watchdog.Core.Queue;

namespace Watchdog.Storage.Sql.Rows;

/// <summary>Rows of <c>work_items</c>, the same in both backends.</summary>
public static class QueueRows
{
    public const string Columns = "id, kind, payload, dedup_key, attempts, not_before, lease_owner, lease_expires_at, lease_token, last_error";

    public static WorkItem Read(DbDataReader r, ISqlValues v) => new()
    {
        Id = r.Int64("id"),
        Kind = r.Text("kind"),
        Payload = r.Text("payload"),
        DedupKey = r.NullableText("dedup_key"),
        Attempts = r.Int32("attempts"),
        NotBefore = r.Time("not_before", v),
        LeaseOwner = r.NullableText("lease_owner"),
        LeaseExpiresAt = r.NullableTime("lease_expires_at", v),
        LeaseToken = r.NullableText("lease_token"),
        LastError = r.NullableText("last_error"),
    };

    public static IReadOnlyList<WorkItem> InLeaseOrder(IEnumerable<WorkItem> items, LeaseOrder order) =>
        [.. items.OrderBy(i => order.RankOf(i.Kind)).ThenBy(i => i.NotBefore).ThenBy(i => i.Id)];

    public static QueueCounts ReadCounts(IEnumerable<(string State, long Count)> rows) =>
        WorkItemStates.ToCounts(rows.ToDictionary(r => r.State, r => r.Count));
}
