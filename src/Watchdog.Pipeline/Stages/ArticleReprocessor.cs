using Watchdog.Core.Articles;
using Watchdog.Core.Storage;
using Watchdog.Core.Text;
using Watchdog.Extract;
using Watchdog.Pipeline.Entities;
using Watchdog.Pipeline.Stages.Articles;

namespace Watchdog.Pipeline.Stages;

/// <summary>
/// `watchdog reprocess`: runs the current extractor again over the raw body each stored article was made from, and
/// updates the articles whose extraction changed (the indexer then re-indexes them, and their entities are tagged again). Articles made from feed content
/// alone have no raw page and are left as they are.
/// </summary>
public sealed class ArticleReprocessor(IArticleStore articles, IRawStore raw, ArticleIndexer indexer, ArticleEntityRecorder entities)
{
    public async Task<ReprocessSummary> RunAsync(IProgress<ReprocessProgress>? progress, CancellationToken ct)
    {
        var total = await articles.CountAsync(ct);
        var summary = new ReprocessSummary();
        await foreach (var article in articles.ScanAsync(ct))
        {
            summary = summary with { Seen = summary.Seen + 1 };
            summary = await ReprocessAsync(article, summary, ct);
            progress?.Report(new ReprocessProgress(summary.Seen, total));
        }
        await indexer.IndexPendingAsync(ct);
        return summary;
    }

    private async Task<ReprocessSummary> ReprocessAsync(Article article, ReprocessSummary summary, CancellationToken ct)
    {
        if (article.RawHash is null) return summary with { WithoutRawBody = summary.WithoutRawBody + 1 };
        var entry = await raw.GetAsync(article.RawHash, ct);
        if (entry is null) return summary with { WithoutRawBody = summary.WithoutRawBody + 1 };

        var contentType = entry.Metadata.Charset is { } charset ? $"{entry.Metadata.ContentType ?? "text/html"}; charset={charset}" : entry.Metadata.ContentType;
        var extracted = ArticleExtractor.Extract(CharsetDecoder.Decode(entry.Body, contentType).Text, article.Url);
        // A page the new extractor no longer sees as an article keeps what was stored: reprocessing never loses content.
        if (extracted.Kind != PageKind.Article || string.IsNullOrWhiteSpace(extracted.Text)) return summary with { Kept = summary.Kept + 1 };

        var origin = new ArticleOrigin(article.SourceId, article.Tags, article.Url, article.FetchedAt, article.RawHash);
        var redone = ArticleComposer.FromPage(extracted, origin, feedItem: null) with { Id = article.Id };
        if (SameContent(article, redone)) return summary with { Unchanged = summary.Unchanged + 1 };
        await articles.UpdateAsync(redone, ct);
        await entities.TagAsync(redone, ct);
        return summary with { Updated = summary.Updated + 1 };
    }

    private static bool SameContent(Article a, Article b) =>
        a.Title == b.Title && a.Text == b.Text && a.Html == b.Html && a.Language == b.Language && a.PublishedAt == b.PublishedAt
        && a.CanonicalUrl == b.CanonicalUrl && a.Authors.SequenceEqual(b.Authors) && a.Tone == b.Tone;
}

public sealed record ReprocessProgress(long Done, long Total);

/// <summary>How many articles reprocessing saw, updated, found unchanged, kept (no longer extractable) or could not redo (no raw body).</summary>
public sealed record ReprocessSummary(long Seen = 0, long Updated = 0, long Unchanged = 0, long Kept = 0, long WithoutRawBody = 0);
