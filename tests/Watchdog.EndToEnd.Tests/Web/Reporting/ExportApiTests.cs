using System.Net;
using System.Text;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Reporting.ReportingApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

public sealed class ExportApiTests(ReportingWebAppFixture app) : IClassFixture<ReportingWebAppFixture>
{
    [Fact]
    public async Task Csv_is_utf8_with_a_byte_order_mark_and_a_header()
    {
        var (response, bytes) = await ExportAsync("csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("id,url,title,source,language,published_at", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_has_one_row_per_matching_article()
    {
        var lines = CsvLines((await ExportAsync("csv")).Bytes);

        Assert.Equal(app.TopicArticles.Count, lines.Count - 1);
        Assert.All(app.TopicArticles, a => Assert.Contains(lines, l => l.StartsWith($"{a.Id},{a.Url.AbsoluteUri},", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_title_that_looks_like_a_formula_is_neutralised()
    {
        var lines = CsvLines((await ExportAsync("csv")).Bytes);

        Assert.Contains(lines, l => l.Contains($",'{ReportingWebAppFixture.FormulaTitle},", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains($",{ReportingWebAppFixture.FormulaTitle},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_file_is_an_attachment_named_with_the_date()
    {
        var (response, _) = await ExportAsync("ndjson");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"watchdog-export-{DateTimeOffset.UtcNow:yyyy-MM-dd}.ndjson", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Json_is_an_array_of_the_matching_articles_with_source_names()
    {
        var (_, bytes) = await ExportAsync("json");
        var rows = JsonDocument.Parse(bytes).RootElement.EnumerateArray().ToList();

        Assert.Equal(app.TopicArticles.Select(a => a.Id).Order(), rows.Select(r => r.GetProperty("id").GetInt64()).Order());
        Assert.All(rows, r => Assert.Equal("Irtysh Desk", r.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Filters_and_dates_narrow_the_export()
    {
        var yesterday = new DateTimeOffset(app.SeededAt.UtcDateTime.Date, TimeSpan.Zero).AddDays(-1);
        var (_, bytes) = await ExportAsync("ndjson", $"&from={yesterday:yyyy-MM-dd}&to={yesterday:yyyy-MM-dd}&source={app.Desk.Id}");
        var ids = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt64());

        Assert.Equal(app.Flood.Select(a => a.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task An_unknown_format_gives_400_before_any_file()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/export?q={ReportingWebAppFixture.Topic}&format=xlsx"), HttpStatusCode.BadRequest);

        Assert.Contains("csv, json or ndjson", Assert.Single(FieldErrors(problem, "format")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_cannot_be_parsed_gives_400_with_the_position()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/export?q={Escaped("\"dam breach")}"), HttpStatusCode.BadRequest);

        Assert.Equal(JsonValueKind.Number, problem.GetProperty("position").ValueKind);
    }

    private async Task<(HttpResponseMessage Response, byte[] Bytes)> ExportAsync(string format, string filters = "")
    {
        var response = await app.Client.GetAsync($"/api/export?q={ReportingWebAppFixture.Topic}&format={format}{filters}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The seeded texts have no line breaks, so each CRLF ends a row.</summary>
    private static List<string> CsvLines(byte[] bytes) =>
        [.. Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}
