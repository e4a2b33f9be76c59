using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using LuceneQuery = Lucene.Net.Search.Query;
using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>
/// Search highlights hits with term weights looked up once per search and term vectors read once per hit; what it
/// marks and which fragments it picks must be exactly what Lucene's own highlighter gives.
/// </summary>
public sealed class HitHighlighterTests : IDisposable
{
    private static CancellationToken Ct => CancellationToken.None;
    private readonly string _folder = Watchdog.Testing.TestPaths.NewTempFolder("watchdog-highlight");

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Theory]
    // A rare word beside common ones: the fragment chosen depends on the terms' weights in the index.
    [InlineData("harbour OR market OR weather")]
    [InlineData("\"river harbour\"")]
    [InlineData("harb* OR weath*")]
    [InlineData("title:market OR text:harbour")]
    public async Task Snippets_and_titles_are_those_of_lucenes_highlighter(string text)
    {
        using var index = new LuceneSearchIndex(_folder) { CachesResults = false };
        await index.IndexAsync([.. Articles()], Ct);
        var request = new SearchRequest { Query = text, PageSize = 50 };

        var hits = (await index.SearchAsync(request, Ct)).Hits;

        Assert.NotEmpty(hits);
        var query = new LuceneQueryTranslator(SearchFilters.LanguageKeys(request)).Translate(await new SearchQueryReader(null).ReadAsync(text, Ct));
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        foreach (var hit in hits)
        {
            var document = new IndexSearcher(reader).Search(new TermQuery(new Term(ArticleFields.Id, ArticleDocument.IdTerm(hit.ArticleId))), 1).ScoreDocs[0].Doc;
            var body = reader.Document(document).Get(ArticleFields.TextFor("en"), CultureInfo.InvariantCulture);
            var snippet = LuceneHighlight(query, reader, document, ArticleFields.TextFor("en"), body, 2, s => new SimpleSpanFragmenter(s, 160));
            var title = LuceneHighlight(query, reader, document, ArticleFields.TitleFor("en"), hit.Title, 1, _ => new NullFragmenter());
            Assert.Equal(snippet ?? HitHighlighter.Unmarked(body), hit.Snippet);
            Assert.Equal(title ?? HtmlText.Escape(hit.Title), hit.HighlightedTitle);
        }
    }

    [Fact]
    public async Task Tokens_from_a_term_vector_are_those_lucene_rebuilds()
    {
        using (var index = new LuceneSearchIndex(_folder) { CachesResults = false })
        {
            await index.IndexAsync([
                TestArticles.Make("Авария на нефтепроводе", "Авария на нефтепроводе «Дружба»: нефтепровод остановлен, авария устранена к утру.", "ru") with { Id = 1 },
                TestArticles.Make("Үкімет отырысы", "Үкімет отырысында мектеп пен бала туралы айтылды; мектеп жөнделеді.", "kk") with { Id = 2 },
                .. Articles().Take(3).Select((a, i) => a with { Id = 3 + i }),
            ], Ct);
        }
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);

        for (var document = 0; document < reader.MaxDoc; document++)
        {
            var vectors = reader.GetTermVectors(document);
            foreach (var field in vectors)
            {
                using var ours = VectorTokenStream.Of(vectors.GetTerms(field));
                using var lucenes = TokenSources.GetTokenStream(vectors.GetTerms(field));
                Assert.NotNull(ours);
                Assert.Equal(Tokens(lucenes), Tokens(ours));
            }
        }
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Lucene.Net.Analysis.TokenStream stream)
    {
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var tokens = new List<(string, int, int, int)>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        Assert.NotEmpty(tokens);
        return tokens;
    }

    /// <summary>Lucene's highlighter as documented: a query scorer on the index reader, tokens from the hit's term vector.</summary>
    private static string? LuceneHighlight(LuceneQuery query, IndexReader reader, int document, string field, string text, int fragments, Func<QueryScorer, IFragmenter> fragmenter)
    {
        var scorer = new QueryScorer(query, reader, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(HtmlText.MarkOpen, HtmlText.MarkClose), new MarkupOnlyEncoder(), scorer)
        {
            TextFragmenter = fragmenter(scorer),
            MaxDocCharsToAnalyze = 100_000,
        };
        using var tokens = TokenSources.GetTokenStreamWithOffsets(reader, document, field);
        var best = highlighter.GetBestFragments(tokens, text, fragments, " … ");
        return string.IsNullOrEmpty(best) ? null : best;
    }

    /// <summary>
    /// Every article speaks of markets and the weather; one also of its harbour, far from the other words, so its best
    /// fragments differ as the rare word weighs more than the common ones or not.
    /// </summary>
    private static IEnumerable<Watchdog.Core.Articles.Article> Articles()
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
