namespace Watchdog.SampleWeb.Social;

/// <summary>One address of the sample social site: a path and query, the bundled file it answers with, and its type.</summary>
/// <param name="Query">The exact query string, "" for none.</param>
/// <param name="File">Under Social/Files/; <c>{base}</c> in it becomes the site's address, as a platform writes absolute links.</param>
internal sealed record SocialSampleRoute(string Path, string Query, string File, string ContentType);

/// <summary>What the sample social site serves, written from each platform's public pages and API documentation.</summary>
internal static class SocialSampleRoutes
{
    private const string Html = "text/html; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    public static readonly SocialSampleRoute[] All =
    [
        new("/robots.txt", "", "robots.txt", "text/plain; charset=utf-8"),
        // Telegram's public channel preview, and the older posts its "load more" link (?before=) leads to.
        new("/s/stepnews", "", "telegram/stepnews.html", Html),
        new("/s/stepnews", "?before=2041", "telegram/stepnews_before_2041.html", Html),
        // Mastodon's public hashtag timeline (GET /api/v1/timelines/tag/:hashtag).
        new("/api/v1/timelines/tag/almaty", "?limit=40", "mastodon/tag_almaty.json", Json),
        // A Discourse forum under /forum/: the newest posts of all topics, and one topic.
        new("/forum/posts.json", "", "discourse/posts.json", Json),
        new("/forum/t/1523.json", "", "discourse/t_1523.json", Json),
        // A phpBB 3.3 (prosilver) thread of two pages.
        new("/phpbb/viewtopic.php", "?t=4412", "phpbb/viewtopic_t4412.html", Html),
        new("/phpbb/viewtopic.php", "?t=4412&start=3", "phpbb/viewtopic_t4412_start3.html", Html),
    ];

    /// <summary>The demo watches each platform once.</summary>
    public static readonly (string Path, Watchdog.Core.Sources.SourceKind Kind, string[] Tags, string Title)[] DemoSources =
    [
        ("/s/stepnews", Watchdog.Core.Sources.SourceKind.Telegram, ["ru", "telegram"], "Новости Степи — Telegram"),
        ("/tags/almaty", Watchdog.Core.Sources.SourceKind.Mastodon, ["mastodon"], "#almaty on Mastodon"),
        ("/forum/", Watchdog.Core.Sources.SourceKind.Discourse, ["forum"], "Civic Tech KZ forum (Discourse)"),
        ("/phpbb/viewtopic.php?t=4412", Watchdog.Core.Sources.SourceKind.Forum, ["ru", "forum"], "Форум Степи: закон о СМИ (phpBB)"),
    ];
}
