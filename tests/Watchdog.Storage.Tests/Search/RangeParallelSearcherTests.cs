using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>Segments cut into ranges scored at once give the hits, scores, order and counts of one pass over the index.</summary>
public sealed class RangeParallelSearcherTests : IDisposable
{
    private static CancellationToken Ct => CancellationToken.None;
    private readonly string _folder = Watchdog.Testing.TestPaths.NewTempFolder("watchdog-ranges");

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("market AND harbour", false)]
    [InlineData("market AND harbour", true)]
    [InlineData("(harbour OR суд) AND NOT storm", false)]
    [InlineData("lang:en weather", true)]
    [InlineData("\"river harbour\" AND market", false)]
    [InlineData("market AND (harbour OR weather) -storm", true)]
    public async Task Ranges_give_the_results_of_one_pass(string text, bool newest)
    {
        using (var index = new LuceneSearchIndex(_folder) { CachesResults = false })
        {
            // Two segments, many articles alike: equal scores and equal dates, so ties decide much of the order.
            for (var batch = 0; batch < 2; batch++)
                await index.IndexAsync([.. Articles(batch)], Ct);
        }
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        var query = new LuceneQueryTranslator(ArticleFields.AllLanguageKeys).Translate(await new SearchQueryReader(null).ReadAsync(text, Ct));
        var sequential = new IndexSearcher(reader);
        var ranges = new RangeParallelSearcher(reader, minRangeDocs: 7);

        var expected = Search(sequential, query, newest);
        var actual = Search(ranges, query, newest);

        Assert.True(expected.TotalHits >= 30);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    private static TopDocs Search(IndexSearcher searcher, Lucene.Net.Search.Query query, bool newest) => newest
        ? searcher.Search(query, null, 40, NewestFirstSort.Instance, doDocScores: true, doMaxScore: false)
        : searcher.Search(query, 40);

    private static IEnumerable<Watchdog.Core.Articles.Article> Articles(int batch)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 60; i++)
        {
            var id = batch * 60 + i + 1;
            var published = start.AddDays(id % 5);
            var article = (id % 4) switch
            {
                0 => TestArticles.Make($"Market {id % 3}", "The river harbour and the market opened; weather mild.", "en", published: published),
                1 => TestArticles.Make("Суд", "Суд рассмотрел дело о гавани.", "ru", published: published),
                2 => TestArticles.Make($"Harbour {id % 2}", "A storm hit the market harbour and the weather turned.", "en", published: published),
                _ => TestArticles.Make("Market day", string.Create(CultureInfo.InvariantCulture, $"The market by the harbour, day {id % 6}; weather fair."), "en", published: published),
            };
            yield return article with { Id = id };
        }
    }
}
