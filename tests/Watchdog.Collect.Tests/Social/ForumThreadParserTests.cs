using Watchdog.Collect.Social;
using Watchdog.Collect.Social.Forums;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Tests.Social;

public sealed class ForumThreadParserTests
{
    [Theory]
    [InlineData("phpbb_thread.html", "phpbb", 3)]
    [InlineData("xenforo_thread.html", "xenforo", 2)]
    [InlineData("vbulletin_thread.html", "vbulletin", 2)]
    [InlineData("smf_thread.html", "smf", 2)]
    [InlineData("ipboard_thread.html", "ipboard", 2)]
    public void Every_post_of_a_thread_page_has_id_time_author_text_and_permalink(string fixture, string engine, int count)
    {
        var page = SocialFixture.Parse(SourceKind.Forum, fixture);
        Assert.Empty(page.Problems);
        Assert.Equal(count, page.Posts.Count);
        Assert.All(page.Posts, post =>
        {
            SocialFixture.AssertComplete(post);
            Assert.Equal(engine, post.Platform);
            Assert.NotNull(post.Url);
        });
        Assert.NotNull(page.Next);
    }

    [Fact]
    public void PhpBB_post_reads_author_time_and_leaves_the_quote_out()
    {
        var page = SocialFixture.Parse(SourceKind.Forum, "phpbb_thread.html");
        var reply = page.Posts[1];
        Assert.Equal("90230", reply.Id);
        Assert.Equal("Модератор Асель", reply.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 8, 40, 0, TimeSpan.Zero), reply.PublishedAt);
        Assert.Equal("Статья 12 позволяет блокировать сайты без суда. Это опасно.", reply.Text);
        Assert.Equal(new Uri("https://forum.steppe.example/viewtopic.php?p=90230#p90230"), reply.Url);
        Assert.Equal("Закон о СМИ: обсуждение", reply.Title);
        // An old theme without <time>: "Вт мар 12, 2024 2:15 pm".
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 14, 15, 0, TimeSpan.Zero), page.Posts[2].PublishedAt);
        Assert.Equal(new Uri("https://forum.steppe.example/viewtopic.php?t=4412&start=3"), page.Next);
    }

    [Fact]
    public void XenForo_post_reads_data_author_and_its_zoned_time()
    {
        var post = SocialFixture.Parse(SourceKind.Forum, "xenforo_thread.html").Posts[1];
        Assert.Equal("55131", post.Id);
        Assert.Equal("Марина", post.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 11, 2, 40, TimeSpan.FromHours(6)), post.PublishedAt);
        Assert.Equal("Да, в Астане тоже. Через VPN открываются.", post.Text);
    }

    [Fact]
    public void Relative_forum_times_are_read_against_now()
    {
        var smf = SocialFixture.Parse(SourceKind.Forum, "smf_thread.html").Posts[1];
        Assert.Equal(new DateTimeOffset(2024, 3, 13, 9, 12, 40, TimeSpan.Zero), smf.PublishedAt);
        Assert.Equal("А у нас ни одного независимого.", smf.Text);
    }

    [Fact]
    public void A_page_that_is_not_a_thread_is_a_clear_problem()
    {
        var page = SocialFixture.Parse(SourceKind.Forum, "forum_not_thread.html");
        Assert.True(page.IsFailure);
        Assert.Contains("no forum posts found", page.Problems[0]);
    }

    [Fact]
    public void Any_theme_with_schema_org_forum_posting_markup_is_read()
    {
        const string html = """
            <html><body><h1>Road repairs</h1>
            <div itemscope itemtype="https://schema.org/DiscussionForumPosting" id="m-71">
              <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kairat</span></span>
              <meta itemprop="datePublished" content="2024-03-12T08:00:00Z"><a itemprop="url" href="/t/road/71">#</a>
              <div itemprop="text">The bridge on Sain is closed until May.</div>
            </div>
            <div itemscope itemtype="https://schema.org/Comment" id="m-72">
              <span itemprop="author">Aidana</span><time itemprop="datePublished" datetime="2024-03-12T09:30:00Z">today</time>
              <div itemprop="text">Buses go round by Abai.</div>
            </div></body></html>
            """;

        var page = SocialParser.Parse(SourceKind.Forum, html, new Uri("https://city.example/t/road"), SocialFixture.Now);

        Assert.Equal(2, page.Posts.Count);
        Assert.All(page.Posts, SocialFixture.AssertComplete);
        Assert.Equal(("forum", "Kairat", new Uri("https://city.example/t/road/71")), (page.Posts[0].Platform, page.Posts[0].Author, page.Posts[0].Url));
        Assert.Equal("Buses go round by Abai.", page.Posts[1].Text);
    }

    [Fact]
    public void A_saved_Discourse_page_is_read_through_its_microdata_with_replies_nested_in_the_opening_post()
    {
        var page = SocialFixture.Parse(SourceKind.Discourse, "discourse_topic_crawler.html");

        Assert.Equal(2, page.Posts.Count);
        Assert.All(page.Posts, SocialFixture.AssertComplete);
        Assert.All(page.Posts, p => Assert.Equal("discourse", p.Platform));
        Assert.Equal(("dana", new Uri("https://forum.example.org/t/new-media-law-draft/1523")), (page.Posts[0].Author, page.Posts[0].Url));
        Assert.Equal("Has anyone seen the draft of the new media law? The ministry published it yesterday.", page.Posts[0].Text);
        Assert.Equal("aset_b", page.Posts[1].Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 2, 10, TimeSpan.Zero), page.Posts[1].PublishedAt);
        Assert.Equal("Yes — article 12 worries me most.", page.Posts[1].Text);
    }

    [Theory]
    [InlineData("2024-03-12T10:21:05+0600", "2024-03-12T10:21:05+06:00")]
    [InlineData("1710217265", "2024-03-12T04:21:05+00:00")]
    [InlineData("Sat Jan 04, 2020 9:14 pm", "2020-01-04T21:14:00+00:00")]
    [InlineData("January 05, 2020, 10:00:00 AM", "2020-01-05T10:00:00+00:00")]
    [InlineData("« Reply #1 on: January 05, 2020, 12:30:00 PM »", "2020-01-05T12:30:00+00:00")]
    [InlineData("03-12-2024, 09:14 AM", "2024-03-12T09:14:00+00:00")]
    [InlineData("25.12.2023, 18:05", "2023-12-25T18:05:00+00:00")]
    [InlineData("5 января 2024 в 10:00", "2024-01-05T10:00:00+00:00")]
    [InlineData("12 мая 2024, 07:45", "2024-05-12T07:45:00+00:00")]
    [InlineData("Вчера, 18:05", "2024-03-12T18:05:00+00:00")]
    [InlineData("Today, 12:00 AM", "2024-03-13T00:00:00+00:00")]
    public void Forum_dates_in_the_stock_formats(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ForumDates.Parse(text, SocialFixture.Now));

    [Theory]
    [InlineData("")]
    [InlineData("#2")]
    [InlineData("31.02.2024")]
    public void Not_a_date_is_null(string text) => Assert.Null(ForumDates.Parse(text, SocialFixture.Now));
}
