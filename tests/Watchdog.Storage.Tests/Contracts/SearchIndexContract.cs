using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

/// <summary>Behaviour every full-text backend shares: words, "phrases", filters, order, paging and highlighting.</summary>
public abstract class SearchIndexContract : StoreContract
{
    private long _nextId = 1;

    private async Task<Article> IndexAsync(string title, string text, string language = "en", long sourceId = 1, DateTimeOffset? published = null)
    {
        var article = TestArticles.Make(title, text, language, sourceId, published) with { Id = _nextId++ };
        await Store.Search.IndexAsync([article], Ct);
        return article;
    }

    private Task<SearchResults> SearchAsync(string query, Func<SearchRequest, SearchRequest>? refine = null) =>
        Store.Search.SearchAsync((refine ?? (r => r))(new SearchRequest { Query = query }), Ct);

    [Fact]
    public async Task Word_search_finds_only_articles_containing_the_word()
    {
        var hit = await IndexAsync("Harvest report", "Farmers reported a record wheat harvest this autumn.");
        await IndexAsync("Weather", "Rain is expected across the north.");

        var results = await SearchAsync("wheat");

        Assert.Equal(1, results.Total);
        Assert.Equal(hit.Id, Assert.Single(results.Hits).ArticleId);
    }

    [Fact]
    public async Task All_words_must_match()
    {
        await IndexAsync("One", "The ministry announced a new budget.");
        var both = await IndexAsync("Two", "The ministry of energy presented its budget plan.");

        var results = await SearchAsync("energy budget");

        Assert.Equal([both.Id], results.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public async Task Phrase_matches_only_the_words_in_that_order()
    {
        var phrase = await IndexAsync("Rates", "The central bank raised its key rate on Friday.");
        await IndexAsync("Other", "The bank opened a branch in the central square.");

        var results = await SearchAsync("\"central bank\"");

        Assert.Equal([phrase.Id], results.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public async Task Snippet_and_title_mark_the_match_and_contain_no_other_markup()
    {
        await IndexAsync("Markup <b>test</b> & more", "Before <script>alert(1)</script> Tom & Jerry \"quoted\" the pipeline word appears here.");

        var hit = Assert.Single((await SearchAsync("pipeline")).Hits);

        Assert.Contains("<mark>pipeline</mark>", hit.Snippet);
        AssertOnlyMarkTags(hit.Snippet);
        AssertOnlyMarkTags(hit.HighlightedTitle);
    }

    [Theory]
    [InlineData("The akimat said the flood was severe.", "The akimat said the <mark>flood</mark> was severe.")]
    // The dot of an abbreviation or an initial ends no sentence.
    [InlineData("Officials told Mr. Smith and E. Lynch in the U.S. that the flood was severe.", "Officials told Mr. Smith and E. Lynch in the U.S. that the <mark>flood</mark>")]
    public async Task A_snippet_starts_where_the_sentence_of_its_match_starts(string sentence, string opening)
    {
        var filler = string.Join(' ', Enumerable.Repeat("Nothing else happened in town that day.", 8));
        var text = $"{filler} {sentence} {filler}";

        await IndexAsync("Town news", text);

        var hit = Assert.Single((await SearchAsync("flood")).Hits);

        Assert.StartsWith(opening, hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(" … ", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_in_a_long_sentence_a_snippet_starts_at_a_whole_word_a_little_before_the_match()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var text = $"{words} harbour {words}.";

        await IndexAsync("Codes", text);

        var hit = Assert.Single((await SearchAsync("harbour")).Hits);

        var opening = hit.Snippet[..hit.Snippet.IndexOf(' ', StringComparison.Ordinal)];
        Assert.Matches("^word[0-9]+$", opening);
        Assert.Contains($" {opening} ", $" {text} ", StringComparison.Ordinal);
        Assert.Contains("<mark>harbour</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Matches("word[0-9]+$", hit.Snippet);
    }

    [Fact]
    public async Task A_word_matched_in_the_title_is_also_shown_where_the_text_has_it_further_in()
    {
        var filler = string.Join(' ', Enumerable.Repeat("The region prepared for the spring season.", 10));
        var text = $"{filler} Several villages were flooded overnight. {filler}";

        await IndexAsync("Flood warning", text);

        var hit = Assert.Single((await SearchAsync("flood")).Hits);

        Assert.Equal("<mark>Flood</mark> warning", hit.HighlightedTitle);
        Assert.StartsWith("Several villages were <mark>flooded</mark> overnight.", hit.Snippet, StringComparison.Ordinal);
    }

    /// <summary>Apart from &lt;mark&gt;, no tag survives, and every ampersand starts an entity.</summary>
    protected static void AssertOnlyMarkTags(string html)
    {
        var rest = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', rest);
        Assert.DoesNotContain('>', rest);
        Assert.DoesNotMatch("&(?!(amp|lt|gt|quot|#39);)", rest);
    }

    [Fact]
    public async Task Title_match_is_highlighted_in_the_title()
    {
        await IndexAsync("Drought hits the south", "Farmers count their losses.");

        var hit = Assert.Single((await SearchAsync("drought")).Hits);

        Assert.Equal("<mark>Drought</mark> hits the south", hit.HighlightedTitle);
    }

    [Fact]
    public async Task Hit_carries_the_article_fields()
    {
        var article = await IndexAsync("Fields", "unique marker text", "en", sourceId: 42, published: ManualClock.Epoch.AddDays(-1));

        var hit = Assert.Single((await SearchAsync("marker")).Hits);

        Assert.Equal((article.Id, article.Url, "en", 42L, article.PublishedAt), (hit.ArticleId, hit.Url, hit.Language, hit.SourceId, hit.PublishedAt));
        Assert.Equal("Fields", hit.Title);
    }

    [Fact]
    public async Task Pages_split_the_results_without_overlap_and_report_the_total()
    {
        for (var i = 0; i < 25; i++) await IndexAsync($"Item {i}", $"shared topic number {i}", published: ManualClock.Epoch.AddMinutes(i));

        var pages = new List<SearchResults>();
        for (var page = 1; page <= 3; page++)
            pages.Add(await SearchAsync("topic", r => r with { Page = page, PageSize = 10, Order = SearchOrder.Newest }));

        Assert.All(pages, p => Assert.Equal(25, p.Total));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Hits.Count));
        Assert.Equal(25, pages.SelectMany(p => p.Hits).Select(h => h.ArticleId).Distinct().Count());
    }

    [Fact]
    public async Task Newest_order_sorts_by_published_date_descending()
    {
        var old = await IndexAsync("Old", "election news", published: ManualClock.Epoch.AddDays(-10));
        var recent = await IndexAsync("Recent", "election news today", published: ManualClock.Epoch);
        var middle = await IndexAsync("Middle", "election news again", published: ManualClock.Epoch.AddDays(-5));

        var results = await SearchAsync("election", r => r with { Order = SearchOrder.Newest });

        Assert.Equal([recent.Id, middle.Id, old.Id], results.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public async Task Relevance_order_puts_the_title_match_first()
    {
        await IndexAsync("Sports roundup", "Also, the inflation figures came out.");
        var titled = await IndexAsync("Inflation slows", "Prices rose less than expected.");

        var results = await SearchAsync("inflation");

        Assert.Equal(titled.Id, results.Hits[0].ArticleId);
    }

    [Fact]
    public async Task Source_language_and_date_filters_narrow_the_results()
    {
        var match = await IndexAsync("A", "pipeline story", "en", sourceId: 1, published: ManualClock.Epoch.AddDays(-1));
        await IndexAsync("B", "pipeline story", "en", sourceId: 2, published: ManualClock.Epoch.AddDays(-1));
        await IndexAsync("C", "pipeline story", "de", sourceId: 1, published: ManualClock.Epoch.AddDays(-1));
        await IndexAsync("D", "pipeline story", "en", sourceId: 1, published: ManualClock.Epoch.AddDays(-30));

        var results = await SearchAsync("pipeline", r => r with
        {
            SourceId = 1,
            Language = "en",
            From = ManualClock.Epoch.AddDays(-7),
            To = ManualClock.Epoch,
        });

        Assert.Equal([match.Id], results.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public async Task Empty_query_lists_everything_that_passes_the_filters()
    {
        await IndexAsync("A", "one", sourceId: 1);
        await IndexAsync("B", "two", sourceId: 1);
        await IndexAsync("C", "three", sourceId: 2);

        Assert.Equal(2, (await SearchAsync("", r => r with { SourceId = 1 })).Total);
    }

    [Fact]
    public async Task Russian_text_is_found_whatever_the_case()
    {
        var ru = await IndexAsync("Центральный банк повысил ставку", "Совет директоров Банка России принял решение.", "ru");

        var hit = Assert.Single((await SearchAsync("ЦЕНТРАЛЬНЫЙ")).Hits);

        Assert.Equal(ru.Id, hit.ArticleId);
        Assert.Contains("<mark>Центральный</mark>", hit.HighlightedTitle);
    }

    [Fact]
    public async Task Kazakh_text_with_kazakh_letters_is_found()
    {
        var kk = await IndexAsync("Қазақстан жаңалықтары", "Үкімет жаңа бағдарламаны қабылдады.", "kk");

        var results = await SearchAsync("үкімет");

        Assert.Equal([kk.Id], results.Hits.Select(h => h.ArticleId));
        Assert.Contains("<mark>Үкімет</mark>", results.Hits[0].Snippet);
    }

    [Fact]
    public async Task Language_filter_keeps_russian_and_english_articles_apart()
    {
        var ru = await IndexAsync("Нефть", "Цены на нефть выросли. Brent", "ru");
        var en = await IndexAsync("Oil", "Oil prices rose. Brent", "en");

        Assert.Equal([ru.Id], (await SearchAsync("brent", r => r with { Language = "ru" })).Hits.Select(h => h.ArticleId));
        Assert.Equal([en.Id], (await SearchAsync("brent", r => r with { Language = "en" })).Hits.Select(h => h.ArticleId));
        Assert.Equal(2, (await SearchAsync("brent")).Total);
    }

    [Fact]
    public async Task Indexing_an_article_again_replaces_it()
    {
        var article = await IndexAsync("Draft", "first version words");

        await Store.Search.IndexAsync([article with { Text = "second version wording" }], Ct);

        Assert.Equal(1, await Store.Search.CountAsync(Ct));
        Assert.Equal(0, (await SearchAsync("first")).Total);
        Assert.Equal(1, (await SearchAsync("second")).Total);
    }

    [Fact]
    public async Task Deleted_article_is_no_longer_found()
    {
        var article = await IndexAsync("Gone", "ephemeral words");

        await Store.Search.DeleteAsync(article.Id, Ct);

        Assert.Equal(0, (await SearchAsync("ephemeral")).Total);
        Assert.Equal(0, await Store.Search.CountAsync(Ct));
    }

    [Fact]
    public async Task Indexed_articles_survive_a_restart()
    {
        await IndexAsync("Durable", "persisted words");

        Store = await Store.AbandonAndReopenAsync();

        Assert.Equal(1, (await SearchAsync("persisted")).Total);
    }
}
