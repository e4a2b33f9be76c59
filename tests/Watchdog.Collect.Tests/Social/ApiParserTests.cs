using Watchdog.Collect.Social;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Tests.Social;

/// <summary>The JSON and feed platforms: Mastodon, Bluesky, YouTube, Reddit, VK, Discourse.</summary>
public sealed class ApiParserTests
{
    [Theory]
    [InlineData(SourceKind.Mastodon, "mastodon_tag.json", 2)]
    [InlineData(SourceKind.Mastodon, "mastodon_account.rss", 2)]
    [InlineData(SourceKind.Bluesky, "bluesky_author_feed.json", 2)]
    [InlineData(SourceKind.YouTube, "youtube_channel.xml", 2)]
    [InlineData(SourceKind.Reddit, "reddit_new.json", 2)]
    [InlineData(SourceKind.Reddit, "reddit_sub.rss", 1)]
    [InlineData(SourceKind.Vk, "vk_wall.json", 2)]
    [InlineData(SourceKind.Discourse, "discourse_topic.json", 2)]
    [InlineData(SourceKind.Discourse, "discourse_posts.json", 2)]
    [InlineData(SourceKind.Discourse, "discourse_latest.json", 2)]
    public void Every_post_has_id_time_author_and_text(SourceKind kind, string fixture, int count)
    {
        var page = SocialFixture.Parse(kind, fixture);
        Assert.Empty(page.Problems);
        Assert.Equal(count, page.Posts.Count);
        Assert.All(page.Posts, SocialFixture.AssertComplete);
    }

    [Fact]
    public void Mastodon_status_gives_acct_with_server_permalink_counts_and_html_as_text()
    {
        var post = SocialFixture.Parse(SourceKind.Mastodon, "mastodon_tag.json").Posts[0];
        Assert.Equal("112087654321000001", post.Id);
        Assert.Equal(new Uri("https://mastodon.social/@dana_k/112087654321000001"), post.Url);
        Assert.Equal("dana_k@mastodon.social", post.Author);
        Assert.Equal("Dana K.", post.AuthorName);
        Assert.StartsWith("Press freedom groups say two reporters were detained in #Almaty this morning.\n\nStatement:", post.Text);
        Assert.Contains(new Uri("https://cpj.example.org/2024/03/almaty"), post.Links);
        Assert.Equal(41, post.Engagement[EngagementKeys.Likes]);
        Assert.Equal(12, post.Engagement[EngagementKeys.Reposts]);
        Assert.Equal("en", post.Language);
    }

    [Fact]
    public void Mastodon_boost_is_the_boosted_status_by_its_author_with_the_booster_beside()
    {
        var boost = SocialFixture.Parse(SourceKind.Mastodon, "mastodon_tag.json").Posts[1];
        Assert.Equal("aigerim@mstdn.kz", boost.Author);
        Assert.Equal("newsbot@mastodon.social", boost.RepostedBy);
        Assert.Equal(new Uri("https://mstdn.kz/@aigerim/112087000000000777"), boost.Url);
        Assert.Equal("В #Almaty задержали двух журналистов.", boost.Text);
    }

    [Fact]
    public void Mastodon_account_rss_names_the_account_from_the_channel_link() =>
        Assert.All(SocialFixture.Parse(SourceKind.Mastodon, "mastodon_account.rss").Posts, p => Assert.Equal("dana_k@mastodon.social", p.Author));

    [Fact]
    public void Bluesky_post_gets_a_bsky_app_permalink_counts_and_the_reposter()
    {
        var page = SocialFixture.Parse(SourceKind.Bluesky, "bluesky_author_feed.json", "https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=steppe-monitor.bsky.social&limit=50");
        var post = page.Posts[0];
        Assert.Equal("at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kn4xq2vx7s2a", post.Id);
        Assert.Equal(new Uri("https://bsky.app/profile/steppe-monitor.bsky.social/post/3kn4xq2vx7s2a"), post.Url);
        Assert.Equal(52, post.Engagement[EngagementKeys.Likes]);
        Assert.Contains(new Uri("https://rferl.example.org/a/33000000.html"), post.Links);
        Assert.Equal("steppe-monitor.bsky.social", page.Posts[1].RepostedBy);
        Assert.Equal("kz-lawyers.bsky.social", page.Posts[1].Author);
        Assert.Contains("cursor=2024-03-12T07%3A10%3A01.000Z", page.Older!.Query);
    }

    [Fact]
    public void YouTube_entry_is_title_and_description_with_views_never_the_video()
    {
        var page = SocialFixture.Parse(SourceKind.YouTube, "youtube_channel.xml");
        var video = page.Posts[0];
        Assert.Equal("dQw4w9WgXcQ", video.Id);
        Assert.Equal("Алматы: митинг у акимата", video.Title);
        Assert.StartsWith("Репортаж с площади", video.Text);
        Assert.Equal(48_211, video.Engagement[EngagementKeys.Views]);
        Assert.Equal("Итоги недели", page.Posts[1].Text);
    }

    [Fact]
    public void Reddit_listing_gives_permalinks_unix_times_score_and_link_posts_their_title()
    {
        var page = SocialFixture.Parse(SourceKind.Reddit, "reddit_new.json", "https://www.reddit.com/r/Kazakhstan/new.json?limit=100&raw_json=1");
        var self = page.Posts[0];
        Assert.Equal("t3_1bcxyz1", self.Id);
        Assert.Equal(new Uri("https://www.reddit.com/r/Kazakhstan/comments/1bcxyz1/press_law_second_reading/"), self.Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1710235800), self.PublishedAt);
        Assert.Equal("Does anyone know whether the new press law has passed the second reading?\n\nThe Majilis site is down.", self.Text);
        Assert.Equal(57, self.Engagement[EngagementKeys.Score]);
        var link = page.Posts[1];
        Assert.Equal("Two journalists detained in Almaty after covering protest", link.Text);
        Assert.Contains(new Uri("https://rferl.example.org/a/33000000.html"), link.Links);
        Assert.Contains("after=t3_1bcxyz2", page.Older!.Query);
    }

    [Fact]
    public void Reddit_rss_drops_the_submitted_by_footer_and_the_u_prefix()
    {
        var post = SocialFixture.Parse(SourceKind.Reddit, "reddit_sub.rss").Posts[0];
        Assert.Equal("steppe_reader", post.Author);
        Assert.Equal("Does anyone know whether the new press law has passed the second reading?", post.Text);
    }

    [Fact]
    public void Vk_wall_post_names_the_community_and_reads_a_shared_post()
    {
        var page = SocialFixture.Parse(SourceKind.Vk, "vk_wall.json");
        var post = page.Posts[0];
        Assert.Equal("-12345678_98765", post.Id);
        Assert.Equal(new Uri("https://vk.com/wall-12345678_98765"), post.Url);
        Assert.Equal("Новости Алматы", post.Author);
        Assert.Equal(40_211, post.Engagement[EngagementKeys.Views]);
        Assert.Equal(312, post.Engagement[EngagementKeys.Likes]);
        Assert.Equal("Суд перенёс рассмотрение дела на 20 марта.", page.Posts[1].Text);
        Assert.StartsWith("Правовая помощь", page.Posts[1].ForwardedFrom);
    }

    [Fact]
    public void Vk_error_answer_is_reported_with_its_code_and_message()
    {
        var page = SocialFixture.Parse(SourceKind.Vk, "vk_error.json");
        Assert.True(page.IsFailure);
        Assert.Contains("error 5", page.Problems[0]);
        Assert.Contains("invalid access_token", page.Problems[0]);
    }

    [Fact]
    public void Discourse_topic_gives_permalinks_leaves_quotes_out_and_pages_the_rest()
    {
        var page = SocialFixture.Parse(SourceKind.Discourse, "discourse_topic.json", "https://forum.example.org/t/new-media-law-draft/1523");
        Assert.Equal(new Uri("https://forum.example.org/t/new-media-law-draft/1523"), page.Posts[0].Url);
        Assert.Equal(new Uri("https://forum.example.org/t/new-media-law-draft/1523/2"), page.Posts[1].Url);
        Assert.Equal("Yes — article 12 worries me most: it lets the ministry block sites without a court order.", page.Posts[1].Text);
        Assert.Equal(7, page.Posts[0].Engagement[EngagementKeys.Likes]);
        Assert.Equal([new Uri("https://forum.example.org/t/1523/posts.json?post_ids[]=40245&post_ids[]=40301")], page.MorePages);
    }

    [Fact]
    public void Discourse_topic_list_items_are_summaries_with_their_topics_to_read()
    {
        var page = SocialFixture.Parse(SourceKind.Discourse, "discourse_latest.json", "https://forum.example.org/latest.json");
        Assert.True(page.PostsAreTopicSummaries);
        Assert.Equal("dana", page.Posts[0].Author);
        Assert.Equal(new Uri("https://forum.example.org/t/1523.json"), page.MorePages[0]);
    }

    [Fact]
    public void Mastodon_tag_rss_names_each_author_from_the_status_link()
    {
        const string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>#almaty</title><link>https://mastodon.social/tags/almaty</link>
            <item><guid isPermaLink="true">https://mastodon.social/@dana_k/1</guid><link>https://mastodon.social/@dana_k/1</link>
            <pubDate>Tue, 12 Mar 2024 09:31:07 +0000</pubDate><description>&lt;p&gt;Hello&lt;/p&gt;</description></item>
            <item><guid isPermaLink="true">https://mastodon.social/@ruslan@mstdn.kz/2</guid><link>https://mastodon.social/@ruslan@mstdn.kz/2</link>
            <pubDate>Tue, 12 Mar 2024 09:00:00 +0000</pubDate><description>&lt;p&gt;Сәлем&lt;/p&gt;</description></item>
            </channel></rss>
            """;

        var page = SocialParser.Parse(SourceKind.Mastodon, rss, null, SocialFixture.Now);

        Assert.Equal(["dana_k@mastodon.social", "ruslan@mstdn.kz"], page.Posts.Select(p => p.Author));
    }

    [Fact]
    public void Bluesky_thread_gives_the_post_and_its_replies()
    {
        const string json = """
            {"thread": {"$type": "app.bsky.feed.defs#threadViewPost",
              "post": {"uri": "at://did:plc:a/app.bsky.feed.post/1", "author": {"did": "did:plc:a", "handle": "a.bsky.social"}, "record": {"text": "Root", "createdAt": "2024-03-12T09:00:00Z"}},
              "replies": [{"post": {"uri": "at://did:plc:b/app.bsky.feed.post/2", "author": {"did": "did:plc:b", "handle": "b.bsky.social"}, "record": {"text": "Reply", "createdAt": "2024-03-12T09:05:00Z"}}, "replies": []}]}}
            """;

        var page = SocialParser.Parse(SourceKind.Bluesky, json, null, SocialFixture.Now);

        Assert.Equal(["Root", "Reply"], page.Posts.Select(p => p.Text));
        Assert.All(page.Posts, SocialFixture.AssertComplete);
    }

    [Theory]
    [InlineData(SourceKind.Mastodon, "{\"statuses\": 5}")]
    [InlineData(SourceKind.Mastodon, "[{\"id\": \"1\", \"content\": \"<p>x</p>\"")]
    [InlineData(SourceKind.Bluesky, "{\"error\": \"InvalidRequest\", \"message\": \"Profile not found\"}")]
    [InlineData(SourceKind.YouTube, "<feed><entry>")]
    [InlineData(SourceKind.YouTube, "<html><body>Consent</body></html>")]
    [InlineData(SourceKind.Reddit, "{\"message\": \"Too Many Requests\", \"error\": 429}")]
    [InlineData(SourceKind.Vk, "{\"response\": {\"count\": 3}}")]
    [InlineData(SourceKind.Discourse, "{\"topic_list\": {}}")]
    [InlineData(SourceKind.Forum, "")]
    public void Malformed_or_unexpected_documents_are_a_clear_problem(SourceKind kind, string text)
    {
        var page = SocialParser.Parse(kind, text, null, SocialFixture.Now);
        Assert.True(page.IsFailure);
        Assert.False(string.IsNullOrWhiteSpace(page.Problems[0]));
    }
}
