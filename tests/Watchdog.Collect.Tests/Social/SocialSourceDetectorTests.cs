using Watchdog.Collect.Social;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Tests.Social;

public sealed class SocialSourceDetectorTests
{
    [Theory]
    [InlineData("https://t.me/s/stepnews", SourceKind.Telegram)]
    [InlineData("https://t.me/stepnews", SourceKind.Telegram)]
    [InlineData("https://mastodon.social/@dana_k", SourceKind.Mastodon)]
    [InlineData("https://mastodon.social/tags/almaty", SourceKind.Mastodon)]
    [InlineData("https://example.org/api/v1/timelines/tag/almaty", SourceKind.Mastodon)]
    [InlineData("https://bsky.app/profile/steppe-monitor.bsky.social", SourceKind.Bluesky)]
    [InlineData("https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv", SourceKind.YouTube)]
    [InlineData("https://www.youtube.com/@steppetv", SourceKind.YouTube)]
    [InlineData("https://www.youtube.com/playlist?list=PLabc", SourceKind.YouTube)]
    [InlineData("https://www.reddit.com/r/Kazakhstan/", SourceKind.Reddit)]
    [InlineData("https://old.reddit.com/r/Kazakhstan/new.json", SourceKind.Reddit)]
    [InlineData("https://vk.com/almaty_news", SourceKind.Vk)]
    [InlineData("https://vk.com/club12345678", SourceKind.Vk)]
    [InlineData("https://forum.example.org/t/new-media-law-draft/1523", SourceKind.Discourse)]
    [InlineData("https://forum.example.org/t/new-media-law-draft/1523/4", SourceKind.Discourse)]
    [InlineData("https://forum.steppe.example/viewtopic.php?t=4412", SourceKind.Forum)]
    [InlineData("https://kaznet-forum.example/threads/blokirovki-sajtov.2201/", SourceKind.Forum)]
    [InlineData("https://talk.example.org/showthread.php?1180-Internet-shutdown", SourceKind.Forum)]
    [InlineData("https://smf.example.kz/index.php?topic=812.0", SourceKind.Forum)]
    [InlineData("https://residents.example.kz/topic/3310-water-tariffs-going-up-again/", SourceKind.Forum)]
    public void Social_addresses_are_recognised(string url, SourceKind expected) =>
        Assert.Equal(expected, SocialSourceDetector.Detect(new Uri(url)));

    [Theory]
    [InlineData("https://example.org/feed.xml")]
    [InlineData("https://blog.example.org/tags/almaty/")]
    [InlineData("https://medium.com/@writer")]
    [InlineData("https://t.me/joinchat/AAAAAE")]
    [InlineData("https://t.me/+AbCdEf")]
    [InlineData("https://vk.com/feed")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.reddit.com/user/someone")]
    [InlineData("https://www.instagram.com/someone/")]
    public void Other_addresses_and_private_invitations_are_not_claimed(string url) =>
        Assert.Null(SocialSourceDetector.Detect(new Uri(url)));

    [Theory]
    [InlineData(SourceKind.Telegram, "https://t.me/stepnews", "https://t.me/s/stepnews")]
    [InlineData(SourceKind.Mastodon, "https://mastodon.social/tags/almaty", "https://mastodon.social/api/v1/timelines/tag/almaty?limit=40")]
    [InlineData(SourceKind.Mastodon, "https://mastodon.social/@dana_k", "https://mastodon.social/@dana_k.rss")]
    [InlineData(SourceKind.Bluesky, "https://bsky.app/profile/steppe-monitor.bsky.social", "https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=steppe-monitor.bsky.social&limit=50&filter=posts_and_author_threads")]
    [InlineData(SourceKind.YouTube, "https://www.youtube.com/channel/UCabc", "https://www.youtube.com/feeds/videos.xml?channel_id=UCabc")]
    [InlineData(SourceKind.YouTube, "https://www.youtube.com/playlist?list=PLx", "https://www.youtube.com/feeds/videos.xml?playlist_id=PLx")]
    [InlineData(SourceKind.Reddit, "https://www.reddit.com/r/Kazakhstan/", "https://www.reddit.com/r/Kazakhstan/new.json?limit=100&raw_json=1")]
    [InlineData(SourceKind.Discourse, "https://forum.example.org/t/new-media-law-draft/1523/4", "https://forum.example.org/t/1523.json")]
    [InlineData(SourceKind.Discourse, "https://forum.example.org/t/1523", "https://forum.example.org/t/1523.json")]
    [InlineData(SourceKind.Discourse, "https://example.org/forum/", "https://example.org/forum/posts.json")]
    [InlineData(SourceKind.Forum, "https://forum.steppe.example/viewtopic.php?t=4412", "https://forum.steppe.example/viewtopic.php?t=4412")]
    public void Each_kind_is_read_from_its_public_endpoint(SourceKind kind, string source, string expected) =>
        Assert.Equal(new Uri(expected), SocialEndpoints.FirstPage(kind, new Uri(source), vkServiceToken: null).Url);

    [Fact]
    public void Vk_without_a_token_says_what_to_configure()
    {
        var endpoint = SocialEndpoints.FirstPage(SourceKind.Vk, new Uri("https://vk.com/almaty_news"), vkServiceToken: null);
        Assert.Null(endpoint.Url);
        Assert.Contains("social.vkServiceToken", endpoint.Problem);
    }

    [Fact]
    public void Vk_token_is_sent_but_never_recorded()
    {
        var endpoint = SocialEndpoints.FirstPage(SourceKind.Vk, new Uri("https://vk.com/club12345678"), vkServiceToken: "s3cret");
        Assert.Contains("access_token=s3cret", endpoint.Url!.Query);
        Assert.Contains("owner_id=-12345678", endpoint.Url.Query);
        Assert.DoesNotContain("s3cret", endpoint.RecordAs!.AbsoluteUri);
        Assert.DoesNotContain("s3cret", Watchdog.Collect.Fetching.SecretQuery.Redact(endpoint.Url));
    }

    [Theory]
    [InlineData("12.4K", 12_400)]
    [InlineData("8,312", 8_312)]
    [InlineData("1.1M", 1_100_000)]
    [InlineData("3,4M", 3_400_000)]
    [InlineData("12 345", 12_345)]
    [InlineData("15 тыс.", 15_000)]
    [InlineData("530 views", 530)]
    public void Counts_as_platforms_print_them(string text, long expected) => Assert.Equal(expected, SocialText.ParseCount(text));
}
