using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Search;

/// <summary>
/// Search takes the query language of standing queries (src/Watchdog.Query/README.md), on every backend: each
/// operator, field, filter and date form, watchlist references, highlighting of what matched, and errors that point
/// at the problem.
/// </summary>
public abstract class QueryLanguageSearchContract : StoreContract
{
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static Article Article(long id, string title, string text, string language, long sourceId, string url, DateTimeOffset published,
        string tag, string? siteName = null) =>
        TestArticles.Make(title, text, language, sourceId, published, url) with { Id = id, Tags = [tag], SiteName = siteName };

    /// <summary>
    /// Words are placed so that each query below tells the operators apart: "bank" and "rate" are 7 positions apart in
    /// article 1 and 5 apart in article 6; only article 1 has "bank" in its title.
    /// </summary>
    private Task IndexCorpusAsync() => Store.Search.IndexAsync(
    [
        Article(1, "Central bank acts", "The central bank of the republic raised its key rate to fight inflation.", "en", 1,
            "https://news.example.kz/a1", March2, "Economy", siteName: "Tengri News"),
        Article(2, "Oil exports grow", "Oil and gas exports grew as the bank reported record revenue.", "en", 2,
            "https://energy.example.org/a2", new(2026, 2, 15, 8, 0, 0, TimeSpan.Zero), "energy"),
        Article(3, "Students protest", "Students of the national university protested against higher fees.", "en", 1,
            "https://www.campus.example.kz/a3", new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero), "education"),
        Article(4, "Нефть дорожает", "Цены на нефть выросли, сообщил центральный банк.", "ru", 3,
            "https://ru.example.ru/a4", new(2026, 1, 20, 9, 0, 0, TimeSpan.Zero), "economy"),
        Article(5, "Жаңа мектеп", "Алматыда жаңа мектеп ашылды.", "kk", 4,
            "https://kk.example.kz/a5", new(2026, 3, 1, 6, 0, 0, TimeSpan.Zero), "education"),
        Article(6, "Friday decision", "The bank quickly set a new rate.", "en", 2,
            "https://energy.example.org/a6", new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), "energy"),
    ], Ct);

    private async Task<long[]> IdsAsync(string query)
    {
        var results = await Store.Search.SearchAsync(new SearchRequest { Query = query, PageSize = 100 }, Ct);
        return [.. results.Hits.Select(h => h.ArticleId).Order()];
    }

    private async Task AssertFindsAsync(string query, params long[] expected)
    {
        await IndexCorpusAsync();
        Assert.Equal(expected, await IdsAsync(query));
    }

    [Theory]
    [InlineData("bank rate", new long[] { 1, 6 })]
    [InlineData("bank AND rate", new long[] { 1, 6 })]
    [InlineData("bank && rate", new long[] { 1, 6 })]
    public Task Words_are_all_required(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("oil OR students", new long[] { 2, 3 })]
    [InlineData("oil || students", new long[] { 2, 3 })]
    public Task Or_needs_either(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("bank -oil", new long[] { 1, 6 })]
    [InlineData("bank NOT oil", new long[] { 1, 6 })]
    [InlineData("NOT bank", new long[] { 3, 4, 5 })]
    public Task Not_and_minus_exclude(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("(oil OR university) AND exports", new long[] { 2 })]
    [InlineData("(oil OR university) students", new long[] { 3 })]
    [InlineData("oil OR university students", new long[] { 2, 3 })]
    public Task Parentheses_group_and_AND_binds_tighter_than_OR(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("\"central bank\"", new long[] { 1 })]
    [InlineData("\"bank central\"", new long[] { })]
    [InlineData("\"центральный банк\"", new long[] { 4 })]
    public Task Phrases_need_the_words_next_to_each_other_in_order(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("Алматы", new long[] { 5 })]
    [InlineData("мектепте", new long[] { 5 })]
    [InlineData("\"центральным банком\"", new long[] { 4 })]
    [InlineData("\"Алматыға жаңа\"", new long[] { 5 })]
    [InlineData("\"банком центральным\"", new long[] { })]
    public Task Words_and_phrases_find_other_forms_of_the_same_words_by_watchdogs_keys(string query, long[] expected) =>
        AssertFindsAsync(query, expected);

    [Fact]
    public async Task A_surname_finds_its_inflected_forms_and_they_are_highlighted()
    {
        await Store.Search.IndexAsync(
        [
            TestArticles.Make("Письмо", "Обращение направили Назарбаеву на прошлой неделе.", "ru") with { Id = 31 },
            TestArticles.Make("Другое", "Обращение направили министру.", "ru") with { Id = 32 },
        ], Ct);

        var hit = Assert.Single((await Store.Search.SearchAsync(new SearchRequest { Query = "Назарбаев" }, Ct)).Hits);

        Assert.Equal(31, hit.ArticleId);
        Assert.Contains("<mark>Назарбаеву</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_found_in_any_script_and_romanisation_and_false_friends_are_not()
    {
        var cases = CrossScriptCase.All;
        await Store.Search.IndexAsync([.. cases.Select((c, i) => TestArticles.Make("News", c.Text, c.Language) with { Id = 1000 + i })], Ct);

        var wrong = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            if ((await IdsAsync(cases[i].Query)).Contains(1000 + i) != cases[i].Matches) wrong.Add(cases[i].ToString());
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task A_word_with_an_apostrophe_is_found_whichever_apostrophe_either_side_uses()
    {
        await Store.Search.IndexAsync(
        [
            TestArticles.Make("Interview", "Sinead O\u2019Brien spoke to reporters.", "en") with { Id = 41 },
            TestArticles.Make("Other", "Brien and O spoke separately.", "en") with { Id = 42 },
        ], Ct);

        Assert.Equal(new long[] { 41 }, await IdsAsync("o'brien"));
        Assert.Equal(new long[] { 41 }, await IdsAsync("\"sinead o'brien\""));
    }

    [Theory]
    [InlineData("\"rate bank\"~4", new long[] { 6 })]
    [InlineData("\"rate bank\"~3", new long[] { })]
    [InlineData("\"bank rate\"~6", new long[] { 1, 6 })]
    public Task Proximity_needs_the_words_within_the_distance_in_any_order(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("univers*", new long[] { 3 })]
    [InlineData("university*", new long[] { 3 })]
    [InlineData("нефт*", new long[] { 4 })]
    [InlineData("revenu* OR protes*", new long[] { 2, 3 })]
    public Task Prefixes_find_words_that_start_with_them(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("title:bank", new long[] { 1 })]
    [InlineData("text:bank", new long[] { 1, 2, 6 })]
    [InlineData("title:(oil OR students)", new long[] { 2, 3 })]
    [InlineData("title:\"central bank\"", new long[] { 1 })]
    [InlineData("title:нефть", new long[] { 4 })]
    public Task Title_and_text_fields_restrict_where_words_are_found(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("source:example.kz", new long[] { 1, 3, 5 })]
    [InlineData("source:campus.example.kz", new long[] { 3 })]
    [InlineData("source:\"Tengri News\"", new long[] { 1 })]
    [InlineData("source:2", new long[] { 2, 6 })]
    [InlineData("bank source:energy.example.org", new long[] { 2, 6 })]
    public Task Source_matches_host_parent_domain_site_name_or_id(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("tag:economy", new long[] { 1, 4 })]
    [InlineData("tag:ECONOMY -lang:ru", new long[] { 1 })]
    [InlineData("lang:ru", new long[] { 4 })]
    [InlineData("lang:kk OR tag:energy", new long[] { 2, 5, 6 })]
    public Task Tag_and_language_filters_match_whole_values(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Theory]
    [InlineData("published:>=2026-03-01", new long[] { 1, 3, 5 })]
    [InlineData("published:<2026-03-01", new long[] { 2, 4, 6 })]
    [InlineData("published:[2026-02-01 TO 2026-02-28]", new long[] { 2, 6 })]
    [InlineData("published:{2026-02-01 TO *]", new long[] { 1, 2, 3, 5 })]
    [InlineData("published:2026-03-01", new long[] { 5 })]
    [InlineData("published:>2026-03-02T10:00:00Z", new long[] { 3 })]
    [InlineData("published:<=2026-03-02T10:00:00Z bank", new long[] { 1, 2, 6 })]
    public Task Published_dates_compare_days_and_instants(string query, long[] expected) => AssertFindsAsync(query, expected);

    [Fact]
    public async Task A_watchlist_reference_finds_any_entry_by_its_text_alias_or_transliteration()
    {
        await Store.Watch.SaveWatchlistAsync(new Watchlist
        {
            Name = "watched",
            Entries =
            [
                new WatchlistEntry { Text = "Назарбаев", Kind = WatchlistEntryKind.Person },
                new WatchlistEntry { Text = "Kaspi Bank", Kind = WatchlistEntryKind.Organisation, Aliases = ["Каспи банк"] },
            ],
        }, Ct);
        await Store.Search.IndexAsync(
        [
            TestArticles.Make("Visit", "Nazarbayev met investors in the capital.", "en") with { Id = 11 },
            TestArticles.Make("Отделение", "Каспи банк открыл новое отделение.", "ru") with { Id = 12 },
            TestArticles.Make("Shares", "Kaspi shares rose; the bank did not comment.", "en") with { Id = 13 },
            TestArticles.Make("Kaspi Bank results", "Quarterly results were published.", "en") with { Id = 14 },
        ], Ct);

        Assert.Equal(new long[] { 11, 12, 14 }, await IdsAsync("@watched"));
        Assert.Equal(new long[] { 12 }, await IdsAsync("@watched AND lang:ru"));
        Assert.Equal(new long[] { 13 }, await IdsAsync("shares -@watched"));
    }

    [Fact]
    public async Task A_watchlist_of_more_entries_than_one_lucene_boolean_query_takes_is_searched_whole()
    {
        await Store.Watch.SaveWatchlistAsync(new Watchlist
        {
            Name = "many",
            Entries = [.. Enumerable.Range(0, 1500).Select(i => new WatchlistEntry { Text = $"code{i:D4}" })],
        }, Ct);
        await Store.Search.IndexAsync(
        [
            TestArticles.Make("First", "Mentions code0000 only.", "en") with { Id = 21 },
            TestArticles.Make("Last", "Mentions code1499 only.", "en") with { Id = 22 },
            TestArticles.Make("None", "Mentions code9999 only.", "en") with { Id = 23 },
        ], Ct);

        Assert.Equal(new long[] { 21, 22 }, await IdsAsync("@many"));
    }

    [Fact]
    public async Task An_unknown_watchlist_is_an_error_at_its_position()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => IdsAsync("bank AND @nobody"));

        Assert.Equal(9, error.Position);
        Assert.Contains("existing watchlist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(oil OR gas", 11, "expected ')' at 11")]
    [InlineData("oil AND", 7, "expected a term at 7")]
    [InlineData("colour:red", 0, "expected a field name")]
    [InlineData("u*", 0, "expected at least 2 letters before '*'")]
    [InlineData("published:[2026-01-01 TO", 24, "expected a date (yyyy-MM-dd) or '*' at 24")]
    public async Task An_invalid_query_is_an_error_with_its_position_and_what_was_expected(string query, int position, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => IdsAsync(query));

        Assert.Equal(position, error.Position);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefix_and_phrase_matches_are_highlighted()
    {
        await IndexCorpusAsync();

        var prefix = Assert.Single((await Store.Search.SearchAsync(new SearchRequest { Query = "univers*" }, Ct)).Hits);
        var phrase = Assert.Single((await Store.Search.SearchAsync(new SearchRequest { Query = "\"central bank\" lang:en" }, Ct)).Hits);

        Assert.Contains("<mark>university</mark>", prefix.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>central</mark>", phrase.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>bank</mark>", phrase.HighlightedTitle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_only_word_is_highlighted_in_the_title_not_in_the_text()
    {
        await IndexCorpusAsync();

        var hit = Assert.Single((await Store.Search.SearchAsync(new SearchRequest { Query = "title:bank" }, Ct)).Hits);

        Assert.Contains("<mark>bank</mark>", hit.HighlightedTitle, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_of_filters_only_lists_those_articles_with_plain_snippets()
    {
        await IndexCorpusAsync();

        var hits = (await Store.Search.SearchAsync(new SearchRequest { Query = "tag:education", Order = SearchOrder.Newest }, Ct)).Hits;

        Assert.Equal(new long[] { 3, 5 }, hits.Select(h => h.ArticleId));
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Snippet)));
        Assert.All(hits, h => Assert.DoesNotContain("<mark>", h.Snippet, StringComparison.Ordinal));
    }
}
