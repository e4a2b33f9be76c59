using Watchdog.Core.Articles;
using Watchdog.Core.Watching;

namespace Watchdog.Watch.Alerts;

/// <summary>
/// Turns one match into an alert and its pending deliveries, or — when the query already alerted on the same story
/// recently — attaches the article to that alert so one story from twenty sources is one message.
/// </summary>
public sealed class AlertRaiser(IWatchStore store, TimeProvider clock)
{
    /// <summary>Reports of one story usually arrive within a day or two; later ones are news again.</summary>
    public static readonly TimeSpan StoryWindow = TimeSpan.FromHours(48);

    public async Task<AlertOutcome> RaiseAsync(StandingQuery query, Article article, string storyKey, IReadOnlyList<AlertPassage> passages, CancellationToken ct) =>
        (await RaiseAllAsync([new QueryMatch(query, passages)], article, storyKey, ct))[0];

    /// <summary>
    /// Raises the alerts of every query the article matched: one read for the story's earlier alerts and one write for
    /// all new alerts and their deliveries, so an article matching ten queries costs two round trips, not thirty.
    /// </summary>
    /// <returns>One outcome per match, in the order given.</returns>
    public async Task<IReadOnlyList<AlertOutcome>> RaiseAllAsync(IReadOnlyList<QueryMatch> matches, Article article, string storyKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var earlier = (await store.FindAlertsByStoryAsync(storyKey, now - StoryWindow, ct))
            .GroupBy(alert => alert.QueryId)
            .ToDictionary(group => group.Key, group => group.First()); // newest first
        var outcomes = new AlertOutcome?[matches.Count];
        var fresh = new List<(int Index, NewAlert Alert)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var (query, passages) = matches[i];
            if (earlier.TryGetValue(query.Id, out var existing))
            {
                if (existing.ArticleId != article.Id) await store.AttachArticleAsync(existing.Id, article.Id, ct);
                outcomes[i] = new AlertOutcome(existing, Grouped: true, []);
                continue;
            }
            var alertsThisHour = query.Rule.MaxPerHour is null ? 0 : await store.CountAlertsAsync(query.Id, DeliverySchedule.HourStart(now), ct);
            fresh.Add((i, NewAlertFor(query, article, storyKey, passages, now, DeliverySchedule.FirstSendTime(query.Rule, now, alertsThisHour))));
        }
        if (fresh.Count > 0)
        {
            var stored = await store.AddAlertsAsync([.. fresh.Select(f => f.Alert)], ct);
            for (var f = 0; f < fresh.Count; f++) outcomes[fresh[f].Index] = new AlertOutcome(stored[f].Alert, Grouped: false, stored[f].Deliveries);
        }
        return [.. outcomes.Select(outcome => outcome!)];
    }

    private static NewAlert NewAlertFor(
        StandingQuery query, Article article, string storyKey, IReadOnlyList<AlertPassage> passages, DateTimeOffset now, DateTimeOffset sendAt)
    {
        var alert = new Alert
        {
            QueryId = query.Id,
            ArticleId = article.Id,
            StoryKey = storyKey,
            CreatedAt = now,
            Title = article.Title,
            Url = article.Url,
            Passages = passages,
        };
        var deliveries = query.Rule.Targets
            .Where(target => target.Channel != DeliveryChannel.InApp)
            .Select(target => new AlertDelivery
            {
                QueryId = query.Id,
                Channel = target.Channel,
                Address = target.Address,
                NextAttemptAt = sendAt,
                CreatedAt = now,
            })
            .ToArray();
        return new NewAlert(alert, deliveries);
    }
}

/// <summary>A standing query that matched an article, with the passages that show why.</summary>
public sealed record QueryMatch(StandingQuery Query, IReadOnlyList<AlertPassage> Passages);

/// <param name="Grouped">True when the article joined an existing alert of the same story instead of raising a new one.</param>
public sealed record AlertOutcome(Alert Alert, bool Grouped, IReadOnlyList<AlertDelivery> Deliveries);
