using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>
/// Searching an index's segments (and ranges of them) at once, newest first by the dates kept per segment, must give
/// exactly the hits, scores, order and count of one sequential pass with Lucene's own date sort.
/// </summary>
public sealed class SegmentParallelSearchersTests : IDisposable
{
    private readonly string _folder = Watchdog.Testing.TestPaths.NewTempFolder("watchdog-parallel-search");

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("market", false)]
    [InlineData("market", true)]
    [InlineData("harbour OR weather", false)]
    [InlineData("harbour OR weather", true)]
    public Task Top_hits_and_count_are_those_of_a_sequential_search(string text, bool newestFirst) =>
        AssertAsSequentialAsync(text, newestFirst, SegmentParallelSearchers.Instance.NewSearcher);

    /// <summary>Searches scored in document order (AND, NOT, filters): each segment cut into ranges scored at once.</summary>
    [Theory]
    [InlineData("market AND harbour", false)]
    [InlineData("market AND harbour", true)]
    [InlineData("market AND NOT weather", false)]
    [InlineData("lang:en market", true)]
    [InlineData("\"market closed\" AND harbour", false)]
    [InlineData("market AND (harbour OR weather) -quiet", true)]
    public Task Ranges_of_segments_give_the_top_hits_and_count_of_a_sequential_search(string text, bool newestFirst) =>
        AssertAsSequentialAsync(text, newestFirst, reader => new RangeParallelSearcher(reader, minRangeDocs: 7));

    private async Task AssertAsSequentialAsync(string text, bool newestFirst, Func<IndexReader, IndexSearcher> parallelSearcher)
    {
        await IndexInSegmentsAsync();
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1, "the index should have several segments");
        var query = new LuceneQueryTranslator(ArticleFields.AllLanguageKeys)
            .Translate(await new SearchQueryReader(null).ReadAsync(text, CancellationToken.None));
        var sort = new Sort(new SortField(ArticleFields.DateSort, SortFieldType.INT64, reverse: true));

        TopDocs Search(IndexSearcher searcher, Sort newest) => newestFirst
            ? searcher.Search(query, null, 25, newest, doDocScores: true, doMaxScore: false)
            : searcher.Search(query, null, 25);
        var sequential = Search(new IndexSearcher(reader), sort);
        var parallel = Search(parallelSearcher(reader), NewestFirstSort.Instance);

        Assert.True(sequential.TotalHits > 25);
        Assert.Equal(sequential.TotalHits, parallel.TotalHits);
        Assert.Equal(sequential.ScoreDocs.Select(d => (d.Doc, d.Score)), parallel.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    /// <summary>Five commits of forty articles, many alike (equal scores, so ties must break the same) and a few dates shared.</summary>
    private async Task IndexInSegmentsAsync()
    {
        using var index = new LuceneSearchIndex(_folder) { CachesResults = false };
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var batch = 0; batch < 5; batch++)
        {
            await index.IndexAsync([.. Enumerable.Range(0, 40).Select(i =>
            {
                var id = batch * 40 + i + 1;
                var text = (id % 3) switch
                {
                    0 => "The market opened and the weather was mild.",
                    1 => "The market closed early; ships waited in the harbour.",
                    _ => "The market was quiet.",
                };
                return TestArticles.Make($"Day {id % 7}", text, "en", published: start.AddHours(id % 50)) with { Id = id };
            })], CancellationToken.None);
        }
    }
}
