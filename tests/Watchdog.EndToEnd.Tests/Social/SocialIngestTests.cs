using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Scheduling;
using Watchdog.SampleWeb;

namespace Watchdog.EndToEnd.Tests.Social;

/// <summary>Social sources of the sample web (a Telegram preview, a Mastodon tag, a Discourse forum, a phpBB thread) read through the whole pipeline.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class SocialIngestTests : IAsyncLifetime
{
    private readonly SampleWebServer _web = new();
    private PipelineHarness _watchdog = null!;

    private SampleSite Social => _web.SocialSite!;

    public async Task InitializeAsync()
    {
        await _web.StartAsync(CancellationToken.None);
        _watchdog = await PipelineHarness.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _watchdog.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task Telegram_channel_posts_and_their_history_are_stored_as_searchable_articles()
    {
        var source = (await _watchdog.AddSourceAsync(Social.Url("s/stepnews"), SourceKind.Telegram)).Source;
        await _watchdog.WaitForIdleAsync(source.Id);

        var posts = await StoredAsync(source.Id);
        // Five posts on the first page (one a photo without caption, so no article) and four on the older page.
        Assert.Equal(8, posts.Count);
        Assert.Contains(_web.RequestLog.ForPath(SocialSampleSiteName, "/s/stepnews"), r => r.Query == "?before=2041");
        var forwarded = Assert.Single(posts, p => p.Social!.PostId == "stepnews/2042");
        Assert.Equal("telegram", forwarded.Social!.Platform);
        Assert.Equal("Акорда", forwarded.Social.ForwardedFrom);
        Assert.Equal(14_200, forwarded.Social.Engagement["views"]);
        Assert.Equal(["Новости Степи"], forwarded.Authors);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 10, 40, 51, TimeSpan.Zero), forwarded.PublishedAt);
        Assert.Equal(Social.Url("stepnews/2042"), forwarded.Url);
        Assert.Equal("kk", Assert.Single(posts, p => p.Social!.PostId == "stepnews/2044").Language);
        // Posts are analysed like articles: each one in a language with a tone model has its tone.
        Assert.All(posts.Where(p => p.Language is "ru" or "kk" or "en"), p => Assert.NotNull(p.Tone));

        var hits = await _watchdog.Service<ISearchIndex>().SearchAsync(new SearchRequest { Query = "тарифы", PageSize = 10 }, CancellationToken.None);
        Assert.Contains(hits.Hits, h => h.ArticleId == Assert.Single(posts, p => p.Social!.PostId == "stepnews/2041").Id);
    }

    [Fact]
    public async Task A_second_refresh_reads_only_the_first_page_and_stores_nothing_again()
    {
        var source = (await _watchdog.AddSourceAsync(Social.Url("s/stepnews"), SourceKind.Telegram)).Source;
        await _watchdog.WaitForIdleAsync(source.Id);
        var stored = await _watchdog.Service<IArticleStore>().CountAsync(CancellationToken.None);
        var requests = _web.RequestLog.ForSite(SocialSampleSiteName).Count;

        await _watchdog.Service<SourceRegistry>().RefreshNowAsync(source.Id, CancellationToken.None);
        await PipelineHarness.WaitUntilAsync(() => Task.FromResult(_web.RequestLog.ForSite(SocialSampleSiteName).Count > requests), "the channel is read again");
        await _watchdog.WaitForIdleAsync(source.Id);

        var again = _web.RequestLog.ForSite(SocialSampleSiteName).Skip(requests).ToList();
        Assert.Equal(304, Assert.Single(again).StatusCode);
        Assert.Equal(stored, await _watchdog.Service<IArticleStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PhpBB_thread_is_recognised_from_its_address_and_every_page_read()
    {
        var added = await _watchdog.AddSourceAsync(Social.Url("phpbb/viewtopic.php?t=4412"), SourceKind.Auto);
        Assert.Equal(SourceKind.Forum, added.Source.Kind);
        await _watchdog.WaitForIdleAsync(added.Source.Id);

        var posts = await StoredAsync(added.Source.Id);
        Assert.Equal(5, posts.Count);
        Assert.All(posts, p => Assert.Equal("phpbb", p.Social!.Platform));
        var quoted = Assert.Single(posts, p => p.Social!.PostId == "90230");
        Assert.Equal("Читала. Статья 12 позволяет приостанавливать работу сайта до трёх месяцев без решения суда.", quoted.Text);
        Assert.Equal(["Модератор Асель"], quoted.Authors);
        Assert.Equal("Закон о СМИ: что изменится для блогеров", quoted.Title);
    }

    [Fact]
    public async Task Mastodon_tag_timeline_and_Discourse_forum_are_read_through_their_public_json()
    {
        var mastodon = (await _watchdog.AddSourceAsync(Social.Url("tags/almaty"), SourceKind.Mastodon)).Source;
        var discourse = (await _watchdog.AddSourceAsync(Social.Url("forum/"), SourceKind.Discourse)).Source;
        await _watchdog.WaitForIdleAsync(mastodon.Id);
        await _watchdog.WaitForIdleAsync(discourse.Id);

        var statuses = await StoredAsync(mastodon.Id);
        Assert.Equal(4, statuses.Count);
        Assert.Contains(statuses, s => s.Authors.SequenceEqual(["dana_k@127.0.0.1"]) && s.Social!.Engagement["likes"] == 33);
        var forum = await StoredAsync(discourse.Id);
        Assert.Equal(4, forum.Count);
        Assert.Contains(forum, p => p.Url == Social.Url("forum/t/media-law-draft/1523/2") && p.Text.StartsWith("Yes. Article 12", StringComparison.Ordinal));
        Assert.Contains(_web.RequestLog.ForSite(SocialSampleSiteName), r => r.Path == "/api/v1/timelines/tag/almaty");
        Assert.Contains(_web.RequestLog.ForSite(SocialSampleSiteName), r => r.Path == "/robots.txt");
    }

    [Fact]
    public async Task A_page_that_is_not_a_forum_thread_fails_the_source_with_the_reason()
    {
        var source = (await _watchdog.AddSourceAsync(Social.Url("s/stepnews"), SourceKind.Forum)).Source;
        await PipelineHarness.WaitUntilAsync(async () => (await _watchdog.SourceAsync(source.Id))!.Health.LastError is not null, "the source records its failure");

        var health = (await _watchdog.SourceAsync(source.Id))!.Health;
        Assert.Equal(SourceStatus.Failing, health.Status);
        Assert.Contains("no forum posts found", health.LastError);
    }

    private const string SocialSampleSiteName = "social";

    private async Task<List<Article>> StoredAsync(long sourceId) =>
        (await _watchdog.Service<IArticleStore>().LatestAsync(100, sourceId, CancellationToken.None)).ToList();
}
