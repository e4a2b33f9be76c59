using Watchdog.Collect.Social;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Tests.Social;

public sealed class TelegramPreviewParserTests
{
    private static readonly SocialPage Page = SocialFixture.Parse(SourceKind.Telegram, "telegram_channel.html", "https://t.me/s/stepnews");

    [Fact]
    public void Reads_every_post_block_with_id_permalink_time_and_views()
    {
        Assert.Equal(["stepnews/1201", "stepnews/1202", "stepnews/1203", "stepnews/1204"], Page.Posts.Select(p => p.Id));
        var first = Page.Posts[0];
        Assert.Equal(new Uri("https://t.me/stepnews/1201"), first.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 8, 15, 2, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal(12_400, first.Engagement[EngagementKeys.Views]);
        Assert.Equal(1_100_000, Page.Posts[2].Engagement[EngagementKeys.Views]);
        Assert.Equal(1_504, Page.Posts[2].Engagement[EngagementKeys.Reactions]);
        Assert.Equal("Новости Степи", Page.Title);
    }

    [Fact]
    public void Keeps_line_breaks_and_links_of_the_text()
    {
        var first = Page.Posts[0];
        Assert.Equal("В Алматы открылся новый кампус университета.\n\nПодробности: stepnews.kz/news/kampus-2024", first.Text);
        Assert.Equal([new Uri("https://stepnews.kz/news/kampus-2024")], first.Links);
        Assert.Equal("Новости Степи", first.Author);
    }

    [Fact]
    public void Reads_forwarded_from_and_the_signature_under_a_post()
    {
        var forwarded = Page.Posts[1];
        Assert.Equal("Акорда", forwarded.ForwardedFrom);
        Assert.Equal("Айгерим Сатпаева", forwarded.Author);
        Assert.Equal("Новости Степи", forwarded.AuthorName);
        Assert.Equal(["photo"], forwarded.Media);
    }

    [Fact]
    public void A_reply_is_read_without_the_text_of_the_post_it_quotes()
    {
        var reply = Page.Posts[2];
        Assert.Equal("Дополнение: в кампусе будут учиться 3 000 студентов.", reply.Text);
        Assert.Contains(new Uri("https://university.kz/campus"), reply.Links);
    }

    [Fact]
    public void A_video_without_caption_is_a_post_with_no_text()
    {
        Assert.Equal("", Page.Posts[3].Text);
        Assert.Equal(["video"], Page.Posts[3].Media);
    }

    [Fact]
    public void The_load_more_link_leads_to_older_posts() =>
        Assert.Equal(new Uri("https://t.me/s/stepnews?before=1201"), Page.Older);

    [Fact]
    public void Changed_markup_is_a_problem_not_an_empty_success()
    {
        var page = SocialFixture.Parse(SourceKind.Telegram, "telegram_changed.html");
        Assert.True(page.IsFailure);
        Assert.Contains("tgme_widget_message", page.Problems[0]);
    }
}
