using Watchdog.Analysis.Stories.Duplicates;
using Watchdog.Core.Articles;
using Watchdog.Core.Stories;
using Watchdog.Application.Reporting;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>A story's timeline (first, followers, reprints) and who breaks and who follows, per source.</summary>
public class StoryTimelineTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private const string Wire =
        "Национальный банк Казахстана принял решение повысить базовую ставку на 1 процентный пункт — до 17,5% годовых. " +
        "Об этом сообщил председатель Нацбанка на брифинге в Астане. Решение объясняется ускорением инфляции: по итогам октября " +
        "годовой рост цен составил 12,4%. Инфляционные ожидания населения остаются высокими, а рост тарифов на коммунальные услуги " +
        "усиливает давление на цены, пояснил регулятор. Следующее решение по базовой ставке будет объявлено 16 января 2027 года.";

    private const string OwnReport =
        "Рынок ждал повышения на половину пункта, но регулятор поднял ставку сразу на один пункт. Банкиры предупреждают, что кредиты " +
        "для бизнеса и ипотека подорожают, а аналитики ждут высокой ставки как минимум до середины следующего года.";

    [Fact]
    public void The_earliest_article_is_first_a_copy_is_a_reprint_and_an_own_report_a_follower()
    {
        var timeline = StoryTimeline.Of(
        [
            Member(3, source: 30, Wire + " Подписывайтесь на наш канал.", Noon.AddHours(1)),
            Member(1, source: 10, Wire, Noon),
            Member(2, source: 20, OwnReport, Noon.AddMinutes(30)),
        ]);

        Assert.Equal([1L, 2L, 3L], timeline.Select(e => e.Article.Id));
        Assert.Equal([StoryRole.First, StoryRole.Follower, StoryRole.Reprint], timeline.Select(e => e.Role));
        Assert.Equal(1L, timeline[2].ReprintOf);
        Assert.Equal(TimeSpan.FromMinutes(30), timeline[1].AfterFirst);
    }

    [Fact]
    public void Sources_are_ranked_by_stories_broken_and_a_source_alone_in_a_story_is_left_out()
    {
        var broken = StoryTimeline.Of([Member(1, 10, Wire, Noon), Member(2, 20, OwnReport, Noon.AddHours(2))]);
        var followed = StoryTimeline.Of([Member(3, 20, OwnReport, Noon), Member(4, 10, Wire, Noon.AddHours(1)), Member(5, 30, Wire + " Реклама.", Noon.AddHours(3))]);
        var alone = StoryTimeline.Of([Member(6, 40, Wire, Noon), Member(7, 40, OwnReport, Noon.AddHours(1))]);

        var roles = SourceRoles.Of([broken, followed, alone]);

        Assert.Equal([10L, 20L, 30L], roles.Select(r => r.SourceId));
        Assert.Equal((2, 1, 1, 0), (roles[0].Stories, roles[0].Broke, roles[0].Followed, roles[0].Reprinted));
        Assert.Equal((2, 1, 1, 0), (roles[1].Stories, roles[1].Broke, roles[1].Followed, roles[1].Reprinted));
        Assert.Equal((1, 0, 0, 1), (roles[2].Stories, roles[2].Broke, roles[2].Followed, roles[2].Reprinted));
        Assert.Equal(TimeSpan.FromHours(3), roles[2].MedianDelay);
    }

    private static (Article, StoryMembership) Member(long id, long source, string text, DateTimeOffset at) =>
        (new Article
        {
            Id = id, SourceId = source, Url = new Uri($"http://news{source}.example/{id}"), CanonicalUrl = new Uri($"http://news{source}.example/{id}"),
            Title = "Нацбанк повысил ставку", Text = text, PublishedAt = at, FetchedAt = at, Language = "ru", ContentHash = $"{id}",
        }, new StoryMembership(id, 1, TextSimHash.Compute(text, "ru"), at));
}
