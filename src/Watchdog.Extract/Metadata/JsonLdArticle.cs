namespace Watchdog.Extract.Metadata;

/// <summary>What the page's schema.org JSON-LD says about its article (the first Article-like object).</summary>
public sealed record JsonLdArticle
{
    public string? Type { get; init; }
    public string? Headline { get; init; }
    public string? Body { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? DatePublished { get; init; }
    public string? DateModified { get; init; }
    public string? Image { get; init; }
    public string? Publisher { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }

    /// <summary>Whether the object is one of schema.org's Article types (NewsArticle, BlogPosting, ...).</summary>
    public bool IsArticle => Type is not null && (Type.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
        || Type.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase) || Type.Equals("Report", StringComparison.OrdinalIgnoreCase));

    public static JsonLdArticle Empty { get; } = new();
}
