using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Search;

/// <summary>The Lucene index: fields and operators of the query language over per-language fields, errors, escaping, prebuilt queries.</summary>
public sealed class LuceneSearchIndexSpecificTests : IAsyncLifetime
{
    private IStoreUnderTest _store = null!;
    private static CancellationToken Ct => CancellationToken.None;

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreUnderTest.OpenAsync(new ManualClock());
        await _store.Search.IndexAsync(
        [
            TestArticles.Make("Pipeline rupture", "Oil spilled near the river.", "en", sourceId: 1) with { Id = 1, Tags = ["Energy"] },
            TestArticles.Make("River festival", "The pipeline of events is long.", "en", sourceId: 2) with { Id = 2, Tags = ["Culture"] },
            TestArticles.Make("Нефтепровод", "Авария на нефтепроводе <script> & pipeline", "ru", sourceId: 3) with { Id = 3 },
        ], Ct);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private async Task<long[]> IdsAsync(string query) =>
        [.. (await _store.Search.SearchAsync(new SearchRequest { Query = query }, Ct)).Hits.Select(h => h.ArticleId).Order()];

    [Fact]
    public async Task Title_field_searches_only_titles_in_every_language()
    {
        Assert.Equal(new long[] { 1L }, await IdsAsync("title:pipeline"));
        Assert.Equal(new long[] { 3L }, await IdsAsync("title:нефтепровод"));
    }

    [Fact]
    public async Task Source_tag_and_language_fields_match_whole_values()
    {
        Assert.Equal(new long[] { 2L }, await IdsAsync("pipeline AND source:2"));
        Assert.Equal(new long[] { 1L }, await IdsAsync("tag:energy"));
        Assert.Equal(new long[] { 3L }, await IdsAsync("pipeline AND lang:RU"));
    }

    [Fact]
    public async Task Boolean_operators_and_prefixes_work()
    {
        Assert.Equal(new long[] { 1L, 2L }, await IdsAsync("river OR festival"));
        Assert.Equal(new long[] { 1L }, await IdsAsync("pipeline -festival -нефтепровод"));
        Assert.Equal(new long[] { 1L, 2L, 3L }, await IdsAsync("pipe*"));
    }

    [Theory]
    [InlineData("\"unterminated phrase", 20)]
    [InlineData("title:(oil AND", 14)]
    [InlineData("AND OR", 0)]
    public async Task Invalid_syntax_is_reported_with_a_position(string query, int position)
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => IdsAsync(query));

        Assert.Equal(position, error.Position);
        Assert.StartsWith("expected", error.Message);
    }

    [Fact]
    public async Task A_person_watchlist_entry_finds_an_inflected_russian_surname()
    {
        await _store.Watch.SaveWatchlistAsync(new Watchdog.Core.Watching.Watchlist
        {
            Name = "people",
            Entries = [new Watchdog.Core.Watching.WatchlistEntry { Text = "Назарбаев", Kind = Watchdog.Core.Watching.WatchlistEntryKind.Person }],
        }, Ct);
        await _store.Search.IndexAsync([TestArticles.Make("Письмо", "Письмо было направлено Назарбаеву в прошлом месяце.", "ru") with { Id = 4 }], Ct);

        var hit = (await _store.Search.SearchAsync(new SearchRequest { Query = "@people" }, Ct)).Hits.Single();

        Assert.Equal(4, hit.ArticleId);
        Assert.Contains("<mark>Назарбаеву</mark>", hit.Snippet);
    }

    [Fact]
    public async Task A_prefix_matching_more_keys_than_one_boolean_query_takes_still_finds_and_highlights_the_other_words()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1100).Select(i => $"zq{i:D4}"));
        await _store.Search.IndexAsync([TestArticles.Make("Codes", $"Harbour codes: {words}", "en") with { Id = 5 }], Ct);

        var hit = (await _store.Search.SearchAsync(new SearchRequest { Query = "zq* harbour" }, Ct)).Hits.Single();

        Assert.Equal(5, hit.ArticleId);
        Assert.Contains("<mark>Harbour</mark>", hit.Snippet);
    }

    [Fact]
    public async Task A_long_text_marks_inflected_words_and_phrases_deep_inside_at_their_exact_place()
    {
        // Tokens for highlighting come from the stored term vector: its offsets must land on the words as written.
        var filler = string.Join(' ', Enumerable.Repeat("Погода в городе была тихой.", 2000));
        var text = $"{filler} Вчера на нефтепроводе «Дружба» произошла авария. {filler}";
        await _store.Search.IndexAsync([TestArticles.Make("Сводка", text, "ru") with { Id = 6 }], Ct);

        var inflected = (await _store.Search.SearchAsync(new SearchRequest { Query = "нефтепровод" }, Ct)).Hits.Single(h => h.ArticleId == 6);
        var phrase = (await _store.Search.SearchAsync(new SearchRequest { Query = "\"произошла авария\"" }, Ct)).Hits.Single();

        Assert.True(text.IndexOf("нефтепроводе", StringComparison.Ordinal) > 50_000);
        Assert.Contains("на <mark>нефтепроводе</mark> «Дружба»", inflected.Snippet);
        Assert.Contains("<mark>произошла</mark> <mark>авария</mark>", phrase.Snippet);
        Assert.DoesNotContain("<mark>", phrase.Snippet.Replace("<mark>произошла</mark> <mark>авария</mark>", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Markup_in_the_text_is_shown_escaped_not_dropped()
    {
        var hit = (await _store.Search.SearchAsync(new SearchRequest { Query = "pipeline", Language = "ru" }, Ct)).Hits.Single();

        Assert.Contains("&lt;script&gt; &amp; <mark>pipeline</mark>", hit.Snippet);
    }

    [Fact]
    public async Task An_empty_query_lists_hits_with_their_escaped_opening_and_nothing_marked()
    {
        var hit = (await _store.Search.SearchAsync(new SearchRequest { Query = " ", Language = "ru" }, Ct)).Hits.Single();

        Assert.Equal(("Авария на нефтепроводе &lt;script&gt; &amp; pipeline", "Нефтепровод"), (hit.Snippet, hit.HighlightedTitle));
    }

    [Fact]
    public async Task A_prebuilt_lucene_query_runs_with_the_request_filters()
    {
        var index = (LuceneSearchIndex)_store.Search;
        var query = new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(ArticleFields.TextFor("en"), "river"));

        var results = index.Search(query, new SearchRequest { SourceId = 1 });

        Assert.Equal([1L], results.Hits.Select(h => h.ArticleId));
        Assert.Contains("<mark>river</mark>", results.Hits[0].Snippet);
    }
}

/// <summary>A second process (the CLI beside the running service) opens the same data folder.</summary>
public sealed class LuceneSharedFolderTests
{
    [Fact]
    public async Task Second_opener_gets_a_read_only_index_that_sees_committed_articles()
    {
        var folder = Watchdog.Testing.TestPaths.NewTempFolder("watchdog-shared");
        try
        {
            using var writer = new LuceneSearchIndex(folder);
            using var reader = new LuceneSearchIndex(folder);
            await writer.IndexAsync([TestArticles.Make("Shared", "visible words", "en") with { Id = 1 }], CancellationToken.None);

            var results = await reader.SearchAsync(new SearchRequest { Query = "visible" }, CancellationToken.None);

            Assert.True(writer.IsWritable);
            Assert.False(reader.IsWritable);
            Assert.Equal(1, results.Total);
            await Assert.ThrowsAsync<SearchIndexReadOnlyException>(() => reader.IndexAsync([TestArticles.Make("x", "y") with { Id = 2 }], CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
