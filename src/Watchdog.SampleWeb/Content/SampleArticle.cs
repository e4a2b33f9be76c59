namespace Watchdog.SampleWeb.Content;

/// <summary>One article of a sample site: what its page, feed item and sitemap entry are rendered from.</summary>
public sealed record SampleArticle
{
    /// <summary>URL-safe name; the page path is the site's article pattern with <c>{slug}</c> replaced, unless <see cref="Path"/> is set.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Author { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public DateTimeOffset? ModifiedAt { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>ISO 639-1 code when the article is not in the site's language (the mixed site carries Russian pieces).</summary>
    public string? Language { get; init; }

    /// <summary>Overrides the site's article path pattern, e.g. to put a page under a robots-disallowed folder.</summary>
    public string? Path { get; init; }

    /// <summary>Web name of the page's encoding; the Russian site serves some pages as windows-1251.</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>Where the page declares its charset: real sites do it in the header, in &lt;meta&gt;, or both.</summary>
    public CharsetDeclaration CharsetDeclaredIn { get; init; } = CharsetDeclaration.HeaderAndMeta;

    /// <summary>Which listings link to the article; a draft may appear in the feed only.</summary>
    public Listings ListedIn { get; init; } = Listings.All;

    public DateTimeOffset LastChangedAt => ModifiedAt ?? PublishedAt;
}

public enum CharsetDeclaration { HeaderAndMeta, HeaderOnly, MetaOnly }

[Flags]
public enum Listings
{
    None = 0,
    Feed = 1,
    Section = 2,
    Sitemap = 4,
    Home = 8,
    All = Feed | Section | Sitemap | Home,
}
