using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>Words looked up for all segments at once give the hits, scores and counts of Lucene's own lookups.</summary>
public sealed class TermStatesTests : IDisposable
{
    private static CancellationToken Ct => CancellationToken.None;
    private readonly string _folder = Watchdog.Testing.TestPaths.NewTempFolder("watchdog-term-states");

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("harbour")]
    [InlineData("Қазақстан OR суд")]
    [InlineData("(harbour OR market) AND NOT storm")]
    [InlineData("market AND (harbour OR суд) -storm")]
    [InlineData("\"river harbour\" OR title:market")]
    [InlineData("lang:en harb* weather")]
    public async Task Prebuilt_states_score_and_count_as_lucenes_own(string text)
    {
        using (var index = new LuceneSearchIndex(_folder) { CachesResults = false })
        {
            // Several batches make several segments; words missing from some segments, some fields or the whole index.
            for (var batch = 0; batch < 4; batch++)
                await index.IndexAsync([.. Articles(batch)], Ct);
        }
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1);
        var searcher = new IndexSearcher(reader);
        var query = new LuceneQueryTranslator(ArticleFields.AllLanguageKeys).Translate(await new SearchQueryReader(null).ReadAsync(text, Ct));

        var lucenes = searcher.Search(query, 1000);
        var ours = searcher.Search(TermStates.Prebuilt(query, reader), 1000);

        Assert.True(lucenes.TotalHits > 0);
        Assert.Equal(lucenes.TotalHits, ours.TotalHits);
        Assert.Equal(lucenes.ScoreDocs.Select(d => (d.Doc, d.Score)), ours.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    private static IEnumerable<Watchdog.Core.Articles.Article> Articles(int batch)
    {
        for (var i = 0; i < 25; i++)
        {
            var id = batch * 25 + i + 1;
            yield return (id % 3) switch
            {
                0 => TestArticles.Make($"Market {id}", $"The river harbour {(id % 2 == 0 ? "and the market" : "")} opened; weather mild.", "en"),
                1 => TestArticles.Make($"Суд {id}", batch == 2 ? "Суд Қазақстан жаңалықтары." : "Суд рассмотрел дело.", batch == 2 ? "kk" : "ru"),
                _ => TestArticles.Make($"Harbour {id}", $"A storm {(id % 4 == 0 ? "hit the harbour" : "passed")} and the weather turned.", "en"),
            } with
            { Id = id };
        }
    }
}
