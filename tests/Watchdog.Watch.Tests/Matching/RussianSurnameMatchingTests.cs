using Watchdog.Core.Watching;
using Watchdog.Watch.Alerts;
using Watchdog.Watch.Matching;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.Watch.Tests.Matching;

/// <summary>A bare surname in a standing query, matched with the production normaliser (Watchdog.Analysis morphology).</summary>
public class RussianSurnameMatchingTests
{
    private readonly InMemoryWatchStore _store = new();

    private async Task<ArticleWatcher> WatcherAsync(string query)
    {
        await _store.SaveQueryAsync(new StandingQuery
        {
            Name = query, QueryText = query, Rule = new AlertRule { Targets = [new DeliveryTarget(DeliveryChannel.Email, "a@example.kz")] },
        }, CancellationToken.None);
        var watcher = new ArticleWatcher(_store, AnalysisTermNormalizer.Default, new ManualClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
        await watcher.ReloadAsync(CancellationToken.None);
        return watcher;
    }

    [Theory]
    [InlineData("Назарбаев", "Письмо направили Назарбаеву в понедельник.", "Назарбаеву")]
    [InlineData("Назарбаев", "Встреча с Назарбаевым прошла вчера.", "Назарбаевым")]
    [InlineData("Токаев", "Документ подписан Токаевым.", "Токаевым")]
    [InlineData("Назарбаева", "Интервью с Назарбаевой вышло в субботу.", "Назарбаевой")]
    [InlineData("Путин", "Звонок Путину состоялся днём.", "Путину")]
    public async Task Standing_query_of_a_bare_surname_matches_an_article_with_only_an_inflected_form(string query, string text, string form)
    {
        var watcher = await WatcherAsync(query);

        var outcomes = await watcher.ProcessAsync(Articles.Make(1, "Новости дня", text), CancellationToken.None);

        var alert = Assert.Single(outcomes).Alert;
        Assert.Contains($"<mark>{form}</mark>", alert.Passages[0].Highlighted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Путин", "Путь был долгим.")]
    [InlineData("машина", "Маша пришла домой.")]
    public async Task Standing_query_does_not_match_a_word_that_only_looks_like_an_inflection(string query, string text)
    {
        var watcher = await WatcherAsync(query);

        Assert.Empty(await watcher.ProcessAsync(Articles.Make(1, "Новости дня", text), CancellationToken.None));
    }
}
