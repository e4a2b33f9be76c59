using Watchdog.Core.Watching;

namespace Watchdog.Web.Api.Contracts;

/// <param name="QueryName">Null when the standing query has been removed since.</param>
/// <param name="Passages">Where the query matched; <see cref="AlertPassage.Highlighted"/> is HTML-escaped with matched words in &lt;mark&gt;.</param>
/// <param name="StoryKey">The same for alerts about one story (near-identical title and text), so an inbox can group them.</param>
public sealed record AlertView(
    long Id,
    long QueryId,
    string? QueryName,
    long ArticleId,
    string Title,
    Uri Url,
    DateTimeOffset CreatedAt,
    bool Read,
    IReadOnlyList<AlertPassage> Passages,
    IReadOnlyList<long> RelatedArticleIds,
    string StoryKey)
{
    public static AlertView From(Alert alert, string? queryName) => new(
        alert.Id, alert.QueryId, queryName, alert.ArticleId, alert.Title, alert.Url, alert.CreatedAt, alert.Read, alert.Passages, alert.RelatedArticleIds, alert.StoryKey);
}

/// <param name="TotalPages">0 when there are no alerts.</param>
public sealed record AlertPageView(long Total, long Unread, int Page, int PageSize, int TotalPages, IReadOnlyList<AlertView> Alerts);

/// <param name="Status">Pending, Delivered, Failed (retried at NextAttemptAt) or GivenUp (with the reason in LastError).</param>
public sealed record AlertDeliveryView(
    long Id,
    long AlertId,
    long QueryId,
    string Channel,
    string Address,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    string? LastError)
{
    public static AlertDeliveryView From(AlertDelivery d) => new(
        d.Id, d.AlertId, d.QueryId, d.Channel.ToString().ToLowerInvariant(), d.Address, d.Status, d.Attempts, d.NextAttemptAt, d.CreatedAt, d.DeliveredAt, d.LastError);
}

/// <param name="Marked">How many alerts were unread and are now read.</param>
public sealed record MarkAllReadView(int Marked);
