using Watchdog.Core.Articles;
using Watchdog.Core.Sources;
using Watchdog.Pipeline.Stages.Articles;

namespace Watchdog.Pipeline.Import;

/// <summary>
/// Turns an archive's article into the article to store, analysed as the pipeline analyses a fetched one: language
/// (detected when the archive gives none), content hash for deduplication and tone. Pure.
/// </summary>
public static class ImportedArticleComposer
{
    /// <param name="tone">Whether to compute the article's tone (see <see cref="ImportSettings.Tone"/>).</param>
    public static Article Compose(ImportRecord record, Source source, DateTimeOffset importedAt, bool tone = true)
    {
        var article = new Article
        {
            SourceId = source.Id,
            Url = record.Url,
            CanonicalUrl = record.Url,
            Title = record.Title,
            Text = record.Text,
            Authors = record.Authors,
            PublishedAt = record.Published,
            FetchedAt = importedAt,
            Language = Language(record),
            SiteName = record.SourceName ?? source.Title,
            Tags = source.Tags,
            ContentHash = ArticleComposer.ContentHash(record.Text),
        };
        return tone ? ArticleComposer.WithTone(article) : article;
    }

    /// <summary>The archive's own code when it is one ("ru-RU" → "ru"); otherwise detected from the text.</summary>
    private static string Language(ImportRecord record)
    {
        var primary = record.Language?.Split('-', '_')[0].ToLowerInvariant();
        return primary is { Length: 2 } && primary.All(char.IsAsciiLetterLower)
            ? primary
            : ArticleComposer.ChooseLanguage(record.Text, hint: null);
    }
}
