using Watchdog.Core.Articles;

namespace Watchdog.Extract;

/// <summary>HTML page → article. Placeholder until the extraction work lands.</summary>
public static class ArticleExtractor
{
    public static ExtractedArticle Extract(string html, Uri url) =>
        throw new NotImplementedException("extraction not implemented yet");
}
