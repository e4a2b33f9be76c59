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

    public async Task<AlertOutcome> RaiseAsync(StandingQuery query, Article article, string storyKey, IReadOnlyList<AlertPassage> passages, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var existing = await store.FindAlertByStoryAsync(query.Id, storyKey, now - StoryWindow, ct);
        if (existing is not null)
        {
            if (existing.ArticleId != article.Id) await store.AttachArticleAsync(existing.Id, article.Id, ct);
            return new AlertOutcome(existing, Grouped: true, []);
        }

        var alertsThisHour = query.Rule.MaxPerHour is null ? 0 : await store.CountAlertsAsync(query.Id, DeliverySchedule.HourStart(now), ct);
        var alert = await store.AddAlertAsync(new Alert
        {
            QueryId = query.Id,
            ArticleId = article.Id,
            StoryKey = storyKey,
            CreatedAt = now,
            Title = article.Title,
            Url = article.Url,
            Passages = passages,
        }, ct);

        var sendAt = DeliverySchedule.FirstSendTime(query.Rule, now, alertsThisHour);
        var deliveries = new List<AlertDelivery>();
        foreach (var target in query.Rule.Targets.Where(t => t.Channel != DeliveryChannel.InApp))
        {
            deliveries.Add(await store.EnqueueDeliveryAsync(new AlertDelivery
            {
                AlertId = alert.Id,
                QueryId = query.Id,
                Channel = target.Channel,
                Address = target.Address,
                NextAttemptAt = sendAt,
                CreatedAt = now,
            }, ct));
        }
        return new AlertOutcome(alert, Grouped: false, deliveries);
    }
}

/// <param name="Grouped">True when the article joined an existing alert of the same story instead of raising a new one.</param>
public sealed record AlertOutcome(Alert Alert, bool Grouped, IReadOnlyList<AlertDelivery> Deliveries);
