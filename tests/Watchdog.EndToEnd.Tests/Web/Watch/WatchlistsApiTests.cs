using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Watch;

public sealed class WatchlistsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_created_watchlist_is_returned_with_its_entries_and_listed()
    {
        var name = UniqueName("leaders");
        var response = await app.Client.PostAsJsonAsync("/api/watchlists", new
        {
            name,
            entries = new object[]
            {
                new { text = "Назарбаев", kind = "person", aliases = new[] { "Nazarbayev" }, language = "ru" },
                new { text = "Алматы", kind = "place", sourceTag = "kk-news", contextQuery = "әкім OR мэр" },
            },
        });
        var created = await CreatedAsync(response);
        var id = created.GetProperty("id").GetInt64();

        var fetched = await OkAsync(await app.Client.GetAsync($"/api/watchlists/{id}"));
        var entries = fetched.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal($"/api/watchlists/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Назарбаев", "person", "Nazarbayev", "ru"),
            (entries[0].GetProperty("text").GetString(), entries[0].GetProperty("kind").GetString(), entries[0].GetProperty("aliases")[0].GetString(), entries[0].GetProperty("language").GetString()));
        Assert.Equal(("location", "kk-news", "әкім OR мэр"),
            (entries[1].GetProperty("kind").GetString(), entries[1].GetProperty("sourceTag").GetString(), entries[1].GetProperty("contextQuery").GetString()));
        var listed = JsonDocument.Parse(await app.Client.GetStringAsync("/api/watchlists")).RootElement.EnumerateArray();
        Assert.Contains(listed, l => l.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task Replacing_a_watchlist_replaces_its_name_and_entries()
    {
        var id = await CreateWatchlistAsync(app.Client, UniqueName("old"), new { text = "first" });
        var renamed = UniqueName("new");

        var replaced = await OkAsync(await app.Client.PutAsJsonAsync($"/api/watchlists/{id}", new { name = renamed, entries = new[] { new { text = "second" } } }));

        Assert.Equal(renamed, replaced.GetProperty("name").GetString());
        Assert.Equal("second", Assert.Single(replaced.GetProperty("entries").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_deleted_watchlist_is_gone()
    {
        var id = await CreateWatchlistAsync(app.Client, UniqueName("gone"), new { text = "x" });

        var deleted = await app.Client.DeleteAsync($"/api/watchlists/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/watchlists/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.DeleteAsync($"/api/watchlists/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_name_already_taken_in_another_case_is_a_409()
    {
        var name = UniqueName("Banks");
        await CreateWatchlistAsync(app.Client, name, new { text = "Halyk" });

        await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/watchlists", new { name = name.ToUpperInvariant(), entries = Array.Empty<object>() }), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("")]
    [InlineData("semi;colon")]
    public async Task A_name_that_cannot_be_referenced_as_at_name_is_refused(string name)
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/watchlists", new { name, entries = Array.Empty<object>() }), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, "name"));
    }

    [Fact]
    public async Task Bad_entries_are_reported_by_index_and_field()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/watchlists", new
        {
            name = UniqueName("bad"),
            entries = new object[] { new { text = "ok" }, new { text = "x", kind = "animal" }, new { text = "", language = "russian" }, new { text = "y", contextQuery = "(a OR" } },
        }), HttpStatusCode.BadRequest);

        Assert.Contains("animal", Assert.Single(FieldErrors(problem, "entries[1].kind")), StringComparison.Ordinal);
        Assert.Single(FieldErrors(problem, "entries[2].text"));
        Assert.Single(FieldErrors(problem, "entries[2].language"));
        Assert.Single(FieldErrors(problem, "entries[3].contextQuery"));
        Assert.Empty(FieldErrors(problem, "entries[0].text"));
    }

    [Fact]
    public async Task A_csv_import_adds_the_good_rows_and_reports_each_bad_row_by_line()
    {
        var id = await CreateWatchlistAsync(app.Client, UniqueName("csv"), new { text = "already there" });
        const string csv = "text,kind,aliases,language\n"
            + "Назарбаев,person,Nazarbayev|Назарбаеву,ru\n"
            + ",term,,\n"
            + "Алматы,place,Almaty,kk\n"
            + "Astana,city,,\n"
            + "Halyk Bank,organisation,,english\n";

        var result = await OkAsync(await app.Client.PostAsync($"/api/watchlists/{id}/import", new StringContent(csv, Encoding.UTF8, "text/csv")));

        Assert.Equal(2, result.GetProperty("imported").GetInt32());
        Assert.Equal([3, 5, 6], result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()));
        Assert.Contains("city", result.GetProperty("errors")[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var texts = result.GetProperty("watchlist").GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("text").GetString());
        Assert.Equal(["already there", "Назарбаев", "Алматы"], texts);
    }

    [Fact]
    public async Task A_yaml_import_with_replace_keeps_only_the_imported_entries()
    {
        var id = await CreateWatchlistAsync(app.Client, UniqueName("yaml"), new { text = "to be replaced" });
        const string yaml = "- text: Токаев\n  kind: person\n  aliases: [Tokayev, Тоқаев]\n- text: Astana\n  kind: planet\n";

        var result = await OkAsync(await app.Client.PostAsync($"/api/watchlists/{id}/import?format=yaml&replace=true", new StringContent(yaml, Encoding.UTF8, "text/plain")));

        Assert.Equal(1, result.GetProperty("imported").GetInt32());
        Assert.Equal(4, Assert.Single(result.GetProperty("errors").EnumerateArray()).GetProperty("row").GetInt32());
        var entry = Assert.Single(result.GetProperty("watchlist").GetProperty("entries").EnumerateArray());
        Assert.Equal(["Tokayev", "Тоқаев"], entry.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_plain_text_import_without_a_format_is_a_400_naming_the_format()
    {
        var id = await CreateWatchlistAsync(app.Client, UniqueName("fmt"));

        var problem = await IsProblemAsync(await app.Client.PostAsync($"/api/watchlists/{id}/import", new StringContent("text\nx", Encoding.UTF8, "text/plain")), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, "format"));
    }

    [Fact]
    public async Task A_binary_import_body_is_refused_as_an_unsupported_media_type()
    {
        var id = await CreateWatchlistAsync(app.Client, UniqueName("bin"));

        var response = await app.Client.PostAsync($"/api/watchlists/{id}/import", new StringContent("text\nx", Encoding.UTF8, "application/octet-stream"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gives_400_not_500()
    {
        var response = await app.Client.PostAsync("/api/watchlists", new StringContent("{\"name\": [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
