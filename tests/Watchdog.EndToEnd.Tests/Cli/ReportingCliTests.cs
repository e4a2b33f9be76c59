using System.Text;
using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Metrics;
using Watchdog.Pipeline.Stages.Stories;
using Watchdog.Storage;
using Watchdog.Storage.Sql.Stories;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog trends`, `stories`, `export` and `report` over a store seeded with dated articles.</summary>
public sealed class ReportingCliTests : IDisposable
{
    private static readonly DateTimeOffset Day0 = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-reporting");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    [Fact]
    public async Task Trends_count_the_period_and_the_period_before()
    {
        await SeedAsync(
            ("Flood in Semey", "The river flooded the district.", Day0.AddDays(-1)),
            ("Flood waters rise", "Another flood warning for the river.", Day0.AddHours(5)),
            ("Flood relief", "Volunteers help after the flood.", Day0.AddDays(1).AddHours(2)),
            ("Budget vote", "Parliament votes on the budget.", Day0.AddHours(3)));

        var run = await CliRun.RunAsync("trends", "flood", "--from", "2026-05-01", "--to", "2026-05-02", "--json", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(2, run.Json.GetProperty("total").GetInt64());
        Assert.Equal(1, run.Json.GetProperty("previousTotal").GetInt64());
        Assert.Equal(1.0, run.Json.GetProperty("changeRatio").GetDouble());
        Assert.Equal([1L, 1L], run.Json.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task Stories_group_reports_of_one_event_and_leave_out_a_single_article()
    {
        await SeedAsync(
            ("Court jails blogger Arman Seitov for two years", "A district court in Almaty sentenced blogger Arman Seitov to two years over his posts about the akimat.", Day0.AddHours(1)),
            ("Blogger Seitov sentenced to two years by Almaty court", "Arman Seitov, a blogger critical of the akimat, was sentenced by an Almaty district court to two years.", Day0.AddHours(3)),
            ("Almaty court sentences Seitov; lawyers to appeal", "Lawyers for blogger Arman Seitov said they will appeal the Almaty court sentence of two years.", Day0.AddHours(6)),
            ("Wheat harvest beats forecasts", "Farmers in the north report a record wheat harvest this autumn.", Day0.AddHours(2)));

        var run = await CliRun.RunAsync("stories", "", "--from", "2026-04-30", "--to", "2026-05-02", "--json", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var story = Assert.Single(run.Json.EnumerateArray());
        Assert.Equal(3, story.GetProperty("articles").GetInt32());
        Assert.Equal("first", story.GetProperty("timeline")[0].GetProperty("role").GetString());
        Assert.Contains("seitov", story.GetProperty("label").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Export_writes_every_match_newest_first_as_csv_with_formulas_neutralised()
    {
        await SeedAsync(
            ("=HYPERLINK(\"http://evil.example\") flood", "Flood text.", Day0),
            ("Later flood", "Flood, again; \"quoted\".", Day0.AddDays(1)),
            ("Budget", "Nothing here.", Day0));
        var file = Path.Combine(_data, "export.csv");

        var run = await CliRun.RunAsync("export", "flood", "--format", "csv", "--out", file, "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,url,title,", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",Later flood,", lines[1]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\") flood\",", lines[2]);
    }

    [Fact]
    public async Task Export_refuses_an_unknown_format_and_an_invalid_query_as_usage_errors()
    {
        var format = await CliRun.RunAsync("export", "flood", "--format", "xlsx", "--data", _data);
        var query = await CliRun.RunAsync("export", "(flood", "--out", Path.Combine(_data, "x.csv"), "--data", _data);

        Assert.Equal(ExitCodes.Usage, format.ExitCode);
        Assert.Contains("csv, json, ndjson", format.Error);
        Assert.Equal(ExitCodes.Usage, query.ExitCode);
        Assert.Contains("invalid query", query.Error);
    }

    [Fact]
    public async Task Report_writes_an_html_file_with_one_section_per_query()
    {
        await SeedAsync(("Flood in Semey", "The river flooded the district.", Day0.AddHours(5)));
        var file = Path.Combine(_data, "report.html");

        var run = await CliRun.RunAsync("report", "flood", "budget", "--title", "Weekly <watch>", "--from", "2026-04-25", "--to", "2026-05-01",
            "--out", file, "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("Weekly &lt;watch&gt;", html);
        Assert.Contains("Flood in Semey", html);
        Assert.Contains("budget", html);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public async Task Report_refuses_an_output_that_is_neither_html_nor_pdf()
    {
        var run = await CliRun.RunAsync("report", "flood", "--out", Path.Combine(_data, "report.docx"), "--data", _data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(".html or .pdf", run.Error);
    }

    private async Task SeedAsync(params (string Title, string Text, DateTimeOffset Published)[] articles)
    {
        using var store = await EmbeddedStore.OpenAsync(_data);
        foreach (var (title, text, published) in articles) await TestArticles.AddIndexedAsync(store, TestArticles.Make(title, text, "en", published));
        // No service runs here: give the stories as its ingest stage would.
        using var assigner = new StoryAssigner(new SqlStoryStore(store.Database), store.Articles, new PipelineMetrics(), TimeProvider.System);
        await assigner.AssignPendingAsync(CancellationToken.None);
    }
}
