using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>
/// The embedded store's snippets: the passage with the most weight of matched words (rare words weigh more), phrases
/// marked only where their words stand together, matches read from term vectors. Where a snippet starts and ends is
/// the contract of both stores (<see cref="Contracts.SearchIndexContract"/>).
/// </summary>
public sealed class HitHighlighterTests : IDisposable
{
    private static CancellationToken Ct => CancellationToken.None;
    private readonly string _folder = Watchdog.Testing.TestPaths.NewTempFolder("watchdog-highlight");

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_passage_with_the_rare_word_is_shown_before_those_with_common_ones()
    {
        var hits = await SearchAsync("harbour OR market OR weather", [.. MarketDays()]);

        var harbour = hits.Single(h => h.ArticleId == 7);
        Assert.Contains("Ships waited at the river <mark>harbour</mark> until noon.", harbour.Snippet, StringComparison.Ordinal);
        Assert.All(hits.Where(h => h.ArticleId != 7), h => Assert.StartsWith("The <mark>market</mark> opened early and the <mark>weather</mark> was mild.", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_passages_are_shown_in_text_order_and_a_phrase_marks_only_where_its_words_stand_together()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Nothing else happened in town that day.", 8));
        var text = $"The river rose. {filler} A harbour crane fell into the river harbour at dawn. {filler} Later the river harbour reopened.";

        var hit = (await SearchAsync("\"river harbour\"", [TestArticles.Make("Port", text, "en") with { Id = 1 }])).Single();

        Assert.StartsWith("A harbour crane fell into the <mark>river</mark> <mark>harbour</mark> at dawn.", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith(" … Later the <mark>river</mark> <mark>harbour</mark> reopened.", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(4, hit.Snippet.Split("<mark>").Length - 1);
    }

    [Fact]
    public async Task Matches_read_from_a_term_vector_are_those_found_by_analysing_the_text()
    {
        Watchdog.Core.Articles.Article[] articles =
        [
            TestArticles.Make("Авария на нефтепроводе", "Авария на нефтепроводе «Дружба»: нефтепровод остановлен, авария устранена к утру.", "ru") with { Id = 1 },
            TestArticles.Make("Үкімет отырысы", "Үкімет отырысында мектеп пен бала туралы айтылды; мектеп жөнделеді.", "kk") with { Id = 2 },
            .. MarketDays().Take(3).Select((a, i) => a with { Id = 3 + i }),
        ];
        using (var index = new LuceneSearchIndex(_folder) { CachesResults = false }) await index.IndexAsync(articles, Ct);
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = new ArticleFieldAnalyzer();
        var reading = new SearchQueryReader(null);

        foreach (var text in new[] { "авария OR мектеп OR weather", "\"произошла авария\" OR нефтепровод*", "\"market opened\"", "мек* OR бала" })
        {
            var query = new LuceneQueryTranslator(ArticleFields.AllLanguageKeys).Translate(await reading.ReadAsync(text, Ct));
            foreach (var (field, targets) in HighlightTargets.Of(query))
            {
                for (var document = 0; document < reader.MaxDoc; document++)
                {
                    var stored = reader.Document(document).Get(field, CultureInfo.InvariantCulture);
                    if (stored is null) continue;
                    var fromVector = HitOccurrences.Matched(targets, reader.GetTermVectors(document).GetTerms(field), () => throw new InvalidOperationException("the vector is there"));
                    var fromText = HitOccurrences.Matched(targets, null, () => analyzer.GetTokenStream(field, stored));
                    Assert.Equal(fromText, fromVector);
                }
            }
        }
    }

    private async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, IReadOnlyCollection<Watchdog.Core.Articles.Article> articles)
    {
        using var index = new LuceneSearchIndex(_folder) { CachesResults = false };
        await index.IndexAsync(articles, Ct);
        return (await index.SearchAsync(new SearchRequest { Query = query, PageSize = 50 }, Ct)).Hits;
    }

    /// <summary>
    /// Every article speaks of markets and the weather; one also of its harbour, far from the other words, so its best
    /// passage is the rare word's only if the rare word weighs more than the common ones.
    /// </summary>
    private static IEnumerable<Watchdog.Core.Articles.Article> MarketDays()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Nothing else happened in town that day.", 12));
        for (var id = 1; id <= 20; id++)
        {
            var text = $"The market opened early and the weather was mild. {filler} "
                + (id == 7 ? "Ships waited at the river harbour until noon. " : "")
                + $"{filler} Later the weather turned and the market closed. {filler} The market reopened.";
            yield return TestArticles.Make($"Market day {id}", text, "en") with { Id = id };
        }
    }
}
