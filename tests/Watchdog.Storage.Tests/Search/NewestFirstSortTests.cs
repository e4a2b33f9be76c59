using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>Newest first with dates kept per segment orders hits exactly as Lucene's own sort on the date field, ties included.</summary>
public sealed class NewestFirstSortTests : IDisposable
{
    private static CancellationToken Ct => CancellationToken.None;
    private readonly string _folder = Watchdog.Testing.TestPaths.NewTempFolder("watchdog-newest");

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Hits_come_in_the_order_of_lucenes_date_sort_across_segments_and_pages()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var index = new LuceneSearchIndex(_folder) { CachesResults = false })
        {
            // Several batches make several segments; dates repeat (ties broken by document) and some articles have none.
            for (var batch = 0; batch < 4; batch++)
            {
                await index.IndexAsync([.. Enumerable.Range(0, 30).Select(i =>
                {
                    var id = batch * 30 + i + 1;
                    DateTimeOffset? published = id % 7 == 0 ? null : start.AddHours(id * 37 % 11);
                    return TestArticles.Make($"Harbour {id}", "The harbour opened.", "en", published: published) with { Id = id };
                })], Ct);
            }
            var ours = new List<long>();
            for (var page = 1; page <= 3; page++)
                ours.AddRange((await index.SearchAsync(new SearchRequest { Query = "harbour", Order = SearchOrder.Newest, Page = page, PageSize = 50 }, Ct)).Hits.Select(h => h.ArticleId));

            using var directory = FSDirectory.Open(_folder);
            using var reader = DirectoryReader.Open(directory);
            Assert.True(reader.Leaves.Count > 1);
            var searcher = new IndexSearcher(reader);
            var query = new TermQuery(new Term(ArticleFields.TextFor("en"), "harbour"));
            var lucenes = searcher.Search(query, null, 200, new Sort(new SortField(ArticleFields.DateSort, SortFieldType.INT64, reverse: true)), doDocScores: true, doMaxScore: false)
                .ScoreDocs.Select(d => long.Parse(reader.Document(d.Doc).Get(ArticleFields.Id, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(120, ours.Count);
            Assert.Equal(lucenes, ours);
        }
    }
}
