using Watchdog.Core.Articles;

namespace Watchdog.Web.Api.Contracts;

public sealed record ArticleSummary(
    long Id,
    string Title,
    Uri Url,
    string Language,
    DateTimeOffset? PublishedAt,
    DateTimeOffset FetchedAt,
    long SourceId,
    string? SiteName,
    IReadOnlyList<string> Authors,
    string? Description)
{
    public static ArticleSummary From(Article article) => new(
        article.Id, article.Title, article.Url, article.Language, article.PublishedAt, article.FetchedAt,
        article.SourceId, article.SiteName, article.Authors, article.Description);
}

public sealed record ArticleView(
    long Id,
    string Title,
    Uri Url,
    Uri CanonicalUrl,
    string Language,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ModifiedAt,
    DateTimeOffset FetchedAt,
    long SourceId,
    string? SiteName,
    IReadOnlyList<string> Authors,
    string? Description,
    IReadOnlyList<string> Tags,
    string Text,
    string ContentHash,
    SocialDetails? Social)
{
    public static ArticleView From(Article article) => new(
        article.Id, article.Title, article.Url, article.CanonicalUrl, article.Language, article.PublishedAt,
        article.ModifiedAt, article.FetchedAt, article.SourceId, article.SiteName, article.Authors, article.Description,
        article.Tags, article.Text, article.ContentHash, article.Social);
}
