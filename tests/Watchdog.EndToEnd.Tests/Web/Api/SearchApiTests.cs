using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchdog.SampleWeb;
using Watchdog.Web.Api.Validation;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Api;

public sealed class SearchApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_word_finds_articles_with_the_match_marked_in_the_snippet()
    {
        var result = await SearchAsync("q=прокуратура&lang=ru");
        var hits = Hits(result);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Matches("(?i)<mark>прокуратур", h.GetProperty("snippet").GetString()! + h.GetProperty("highlightedTitle").GetString()));
    }

    [Fact]
    public async Task Snippets_escape_article_text_and_keep_only_mark_tags()
    {
        var hits = Hits(await SearchAsync("q=Almaty&lang=en&pageSize=50"));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.DoesNotMatch("<(?!/?mark>)", h.GetProperty("snippet").GetString()!));
    }

    [Fact]
    public async Task The_language_filter_returns_only_that_language()
    {
        var hits = Hits(await SearchAsync("q=Алматы&lang=kk&pageSize=50"));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("kk", h.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task The_source_filter_returns_only_that_source()
    {
        var source = app.Corpus.SourceOf(SampleSites.RegionalReview);

        var hits = Hits(await SearchAsync($"q=Almaty&source={source.Id}&pageSize=50"));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(source.Id, h.GetProperty("sourceId").GetInt64()));
        Assert.All(hits, h => Assert.Equal("Steppe Review", h.GetProperty("sourceTitle").GetString()));
    }

    [Fact]
    public async Task Newest_order_sorts_by_publication_date()
    {
        var dates = Hits(await SearchAsync("q=Almaty&order=newest&pageSize=50")).Select(h => h.GetProperty("publishedAt").GetDateTimeOffset()).ToList();

        Assert.True(dates.Count > 2);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task A_date_range_keeps_only_articles_published_within_it()
    {
        var hits = Hits(await SearchAsync("q=Almaty&from=2026-11-20&to=2026-11-21&pageSize=50"));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.InRange(h.GetProperty("publishedAt").GetDateTimeOffset(),
            new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_report_the_page_count()
    {
        var first = await SearchAsync("q=Almaty&order=newest&pageSize=2&page=1");
        var second = await SearchAsync("q=Almaty&order=newest&pageSize=2&page=2");

        var total = first.GetProperty("total").GetInt64();
        Assert.True(total > 2);
        Assert.Equal((int)Math.Ceiling(total / 2.0), first.GetProperty("totalPages").GetInt32());
        Assert.Empty(Ids(first).Intersect(Ids(second)));
    }

    [Theory]
    [InlineData("\"press freedom")]
    [InlineData("(courts AND")]
    public async Task A_query_that_cannot_be_parsed_gives_400_with_the_position(string query)
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}"), HttpStatusCode.BadRequest);

        Assert.True(problem.TryGetProperty("position", out var position) && position.ValueKind == JsonValueKind.Number);
        Assert.Equal(query, problem.GetProperty("query").GetString());
    }

    [Theory]
    [InlineData("q=a&from=yesterday", "from")]
    [InlineData("q=a&from=2026-11-22&to=2026-11-20", "to")]
    [InlineData("q=a&lang=russian", "lang")]
    [InlineData("q=a&order=random", "order")]
    [InlineData("q=a&pageSize=1000", "pageSize")]
    [InlineData("q=a&page=0", "page")]
    public async Task Bad_parameters_give_400_naming_the_parameter(string query, string field)
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/search?{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, field));
    }

    [Fact]
    public async Task A_non_numeric_page_gives_400_not_500()
    {
        var response = await app.Client.GetAsync("/api/search?q=a&page=two");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_search_by_post_finds_what_the_same_search_by_get_finds()
    {
        var byGet = await SearchAsync("q=Almaty&lang=en&order=newest&pageSize=5");
        var byPost = await PostSearchAsync(new { q = "Almaty", lang = "en", order = "newest", pageSize = 5 });

        Assert.NotEmpty(Ids(byGet));
        Assert.Equal(Ids(byGet), Ids(byPost));
    }

    [Fact]
    public async Task A_5000_character_query_is_accepted_by_post()
    {
        // An alternative of many names, as pasted from a list; one of them is in the seeded articles.
        var names = string.Join(" OR ", Enumerable.Range(0, 700).Select(i => $"name{i}"));
        var query = $"Almaty OR {names}"[..5000].TrimEnd(' ', 'O', 'R');

        var hits = Hits(await PostSearchAsync(new { q = query }));

        Assert.True(query.Length > 4990);
        Assert.NotEmpty(hits);
    }

    [Fact]
    public async Task A_query_over_the_limit_gives_400_stating_the_limit()
    {
        var query = new string('a', SearchRequestValidation.MaxQueryLength + 1);

        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/search", new { q = query }), HttpStatusCode.BadRequest);

        Assert.Contains(SearchRequestValidation.MaxQueryLength.ToString(CultureInfo.InvariantCulture), Assert.Single(FieldErrors(problem, "q")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_with_an_unknown_field_gives_400_naming_it_instead_of_listing_everything()
    {
        var response = await app.Client.PostAsJsonAsync("/api/search", new { query = "(Алматы AND" });

        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'query'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_search_of_a_concurrent_burst_is_in_the_audit_log()
    {
        const int Searches = 60;
        var word = $"burst{Guid.NewGuid():N}"[..16];

        var responses = await Task.WhenAll(Enumerable.Range(0, Searches).Select(i => i % 2 == 0
            ? app.Client.GetAsync($"/api/search?q={word}&page={i / 2 + 1}")
            : app.Client.PostAsJsonAsync("/api/search", new { q = word, page = i / 2 + 1 })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var audit = JsonDocument.Parse(await app.Client.GetStringAsync("/api/audit?action=search&pageSize=500")).RootElement;
        var recorded = audit.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("details").GetString()!.Contains(word, StringComparison.Ordinal));
        Assert.Equal(Searches, recorded);
    }

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_result_cache_and_audited_every_time()
    {
        const int Repeats = 5;
        var index = app.Service<Watchdog.Pipeline.Storage.StoreSet>().EmbeddedIndex!;
        var word = $"cached{Guid.NewGuid():N}"[..16];
        var url = $"/api/search?q=Almaty%20OR%20{word}";
        var first = await app.Client.GetStringAsync(url);
        var cachedBefore = index.ResultCacheCounts.Hits;

        var repeated = new List<string>();
        for (var i = 0; i < Repeats; i++) repeated.Add(await app.Client.GetStringAsync(url));

        Assert.NotEmpty(Hits(JsonDocument.Parse(first).RootElement));
        Assert.All(repeated, body => Assert.Equal(first, body));
        Assert.Equal(Repeats, index.ResultCacheCounts.Hits - cachedBefore);
        var audit = JsonDocument.Parse(await app.Client.GetStringAsync("/api/audit?action=search&pageSize=500")).RootElement;
        Assert.Equal(Repeats + 1, audit.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("details").GetString()!.Contains(word, StringComparison.Ordinal)));
    }

    private async Task<JsonElement> PostSearchAsync(object body)
    {
        var response = await app.Client.PostAsJsonAsync("/api/search", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        var response = await app.Client.GetAsync($"/api/search?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<JsonElement> Hits(JsonElement result) => result.GetProperty("hits").EnumerateArray().ToList();

    private static IEnumerable<long> Ids(JsonElement result) => Hits(result).Select(h => h.GetProperty("articleId").GetInt64());
}
