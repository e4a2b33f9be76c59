using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Watch;

public sealed class MatchApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <remarks>
    /// Through a person entry, the way names are meant to be watched: name normalisation keeps the name apart from
    /// ordinary words that a bare <c>Назарбаев</c> (stemmed as a word) would share a key with.
    /// </remarks>
    [Fact]
    public async Task A_russian_surname_in_a_person_watchlist_matches_its_dative_form_with_the_word_highlighted()
    {
        var list = UniqueName("persons");
        await CreateWatchlistAsync(app.Client, list, new { text = "Назарбаев", kind = "person" });

        var result = await MatchAsync(new { query = $"@{list}", text = "Письмо было направлено Назарбаеву ещё в прошлом году.", lang = "ru" });

        Assert.True(result.GetProperty("matched").GetBoolean(), result.ToString());
        var found = Assert.Single(result.GetProperty("terms").EnumerateArray(), t => t.GetProperty("occurrences").GetInt32() > 0);
        Assert.Equal(["Назарбаеву"], found.GetProperty("matchedWords").EnumerateArray().Select(w => w.GetString()));
        Assert.NotEmpty(found.GetProperty("normalisedForms").EnumerateArray());
        Assert.Contains("<mark>Назарбаеву</mark>", Passages(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_russian_common_noun_matches_its_inflected_forms()
    {
        var result = await MatchAsync(new { query = "университет", text = "Студенты университетах и колледжах города вышли на субботник.", lang = "ru" });

        Assert.True(result.GetProperty("matched").GetBoolean(), result.ToString());
        Assert.Contains("<mark>университетах</mark>", Passages(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kazakh_place_matches_its_locative_form_in_detected_kazakh()
    {
        var result = await MatchAsync(new { query = "Алматы", text = "Кеше Алматыда жаңа саябақ ашылды, оған мыңдаған тұрғын келді." });

        Assert.True(result.GetProperty("matched").GetBoolean());
        Assert.Equal(("kk", true), (result.GetProperty("language").GetString(), result.GetProperty("languageDetected").GetBoolean()));
        Assert.Contains("<mark>Алматыда</mark>", Passages(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_does_not_match_says_so_and_has_no_passages()
    {
        var result = await MatchAsync(new { query = "Астана AND банк", text = "Кеше Алматыда жаңа саябақ ашылды.", lang = "kk" });

        Assert.False(result.GetProperty("matched").GetBoolean());
        Assert.Empty(result.GetProperty("passages").EnumerateArray());
    }

    [Fact]
    public async Task A_watchlist_reference_is_expanded_with_its_aliases()
    {
        var list = UniqueName("akims");
        await CreateWatchlistAsync(app.Client, list, new { text = "Досаев", kind = "person", aliases = new[] { "Dosayev" } });

        var result = await MatchAsync(new { query = $"@{list}", text = "Almaty mayor Dosayev opened the park.", lang = "en" });

        Assert.True(result.GetProperty("matched").GetBoolean());
        Assert.Contains("Dosayev", result.GetProperty("expandedQuery").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_url_of_a_collected_article_is_checked_against_its_stored_text()
    {
        var article = app.Corpus.Articles.First(a => a.Language == "kk" && a.Text.Contains("Алматы", StringComparison.Ordinal));

        var result = await MatchAsync(new { query = "Алматы", url = article.CanonicalUrl.AbsoluteUri });

        Assert.True(result.GetProperty("matched").GetBoolean());
        Assert.Equal(article.Id, result.GetProperty("articleId").GetInt64());
    }

    [Fact]
    public async Task A_url_that_was_never_collected_is_a_404_saying_to_send_the_text()
    {
        await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/match", new { query = "x1", url = "https://never.example.org/a" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invalid_query_gives_400_with_the_position()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/match", new { query = "Алматы OR (", text = "Алматыда" }), HttpStatusCode.BadRequest);

        Assert.Equal(11, problem.GetProperty("position").GetInt32());
        Assert.Equal("a term", problem.GetProperty("expected").GetString());
    }

    [Fact]
    public async Task Missing_text_and_url_and_a_bad_language_are_reported()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/match", new { query = "x1", lang = "kazakh" }), HttpStatusCode.BadRequest);

        Assert.Single(FieldErrors(problem, "text"));
        Assert.Single(FieldErrors(problem, "lang"));
    }

    private async Task<JsonElement> MatchAsync(object request) => await OkAsync(await app.Client.PostAsJsonAsync("/api/match", request));

    private static string Passages(JsonElement result) =>
        string.Join("\n", result.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("highlighted").GetString()));
}
