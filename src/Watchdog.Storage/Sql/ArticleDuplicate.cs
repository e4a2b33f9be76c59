namespace Watchdog.Storage.Sql;

/// <summary>Values of <see cref="Watchdog.Core.Storage.ArticleAddResult.DuplicateOf"/>: which key the new article shared with a stored one.</summary>
public static class ArticleDuplicate
{
    public const string CanonicalUrl = "canonical-url";
    public const string ContentHash = "content-hash";
}
