namespace Watchdog.Core.Articles;

/// <summary>What the extractor made of one HTML page, before it is tied to a source and stored.</summary>
public sealed record ExtractedArticle
{
    public PageKind Kind { get; init; } = PageKind.Article;
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public string? Html { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? ModifiedAt { get; init; }
    public Uri? CanonicalUrl { get; init; }
    public string? SiteName { get; init; }
    /// <summary>Language declared by the page (html lang, meta), not detected.</summary>
    public string? LanguageHint { get; init; }
    public string? ImageUrl { get; init; }
    public string? Description { get; init; }
    /// <summary>Why extraction stopped early or gave up, when it did.</summary>
    public string? Problem { get; init; }
}

/// <summary>What sort of page this is; only <see cref="Article"/> pages are stored as articles.</summary>
public enum PageKind { Article, Index, Tag, Search, Error, Unknown }
