using Watchdog.SampleWeb.Content;

namespace Watchdog.SampleWeb.Rendering;

public static class FeedMediaTypes
{
    /// <summary>The Content-Type the feed is served with.</summary>
    public static string Served(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=utf-8",
        FeedFormat.Atom => "application/atom+xml; charset=utf-8",
        FeedFormat.JsonFeed => "application/feed+json; charset=utf-8",
        FeedFormat.Rdf => "application/rdf+xml; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>
    /// The type announced in <c>&lt;link rel="alternate"&gt;</c>. RSS 1.0 sites in the wild announce it as
    /// application/rss+xml, so discovery has to cope with that.
    /// </summary>
    public static string Announced(FeedFormat format) => format switch
    {
        FeedFormat.Rss or FeedFormat.Rdf => "application/rss+xml",
        FeedFormat.Atom => "application/atom+xml",
        FeedFormat.JsonFeed => "application/feed+json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
