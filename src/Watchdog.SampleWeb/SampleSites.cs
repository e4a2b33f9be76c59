namespace Watchdog.SampleWeb;

/// <summary>Names of the bundled sample sites; each is one folder under <c>Sites/</c> and one port on 127.0.0.1.</summary>
public static class SampleSites
{
    /// <summary>Russian city news, RSS 2.0 feed, Google News sitemap, some pages in windows-1251.</summary>
    public const string RussianNews = "ru-news";

    /// <summary>Kazakh news, Atom feed, sitemap index with a gzip-compressed child sitemap.</summary>
    public const string KazakhNews = "kz-news";

    /// <summary>English press-freedom NGO blog, JSON Feed 1.1, a section page linking into /private/.</summary>
    public const string PressFreedomBlog = "ngo-blog";

    /// <summary>English/Russian regional review, RSS 1.0 (RDF) found only through its home page's &lt;link rel="alternate"&gt;.</summary>
    public const string RegionalReview = "mixed-review";

    public static IReadOnlyList<string> All { get; } = [RussianNews, KazakhNews, PressFreedomBlog, RegionalReview];
}
