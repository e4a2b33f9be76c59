using System.Net.Http.Json;
using System.Text.Json;
using static Watchdog.EndToEnd.Tests.Web.Reporting.ReportingApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>The audit log keeps who exported, reported, looked at trends and audited a site, with the query and settings.</summary>
public sealed class ReportingAuditTests(ReportingWebAppFixture app) : IClassFixture<ReportingWebAppFixture>
{
    [Fact]
    public async Task An_export_is_recorded_with_its_query_and_format()
    {
        var word = UniqueWord();
        await app.Client.GetAsync($"/api/export?q={word}&format=ndjson");

        var details = await DetailsOfAsync("export", word);

        Assert.Equal("ndjson", details.GetProperty("settings").GetProperty("format").GetString());
    }

    [Fact]
    public async Task A_report_is_recorded_with_its_title_queries_and_format()
    {
        var word = UniqueWord();
        await app.Client.GetAsync($"/api/reports?q={word}&title=Weekly&format=html");

        var entry = await EntryAsync("report", word);

        Assert.Equal("Weekly", entry.GetProperty("target").GetString());
        Assert.Contains("\"format\":\"html\"", entry.GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trends_and_stories_are_recorded_as_searches_naming_the_view()
    {
        var word = UniqueWord();
        await app.Client.GetAsync($"/api/trends?q={word}&bucket=hour");
        await app.Client.GetAsync($"/api/stories?q={word}");

        var entries = await EntriesAsync("search", word);

        Assert.Equal(["stories", "trends"], entries.Select(e => Details(e).GetProperty("view").GetString()).Order());
    }

    [Fact]
    public async Task A_refused_site_audit_is_recorded_with_the_site()
    {
        var url = $"http://127.0.0.1:9/{UniqueWord()}";
        await app.Client.PostAsJsonAsync("/api/guard/audit", new { url });

        var entry = await EntryAsync("guard.audit-refused", url);

        Assert.Equal(url, entry.GetProperty("target").GetString());
    }

    private static string UniqueWord() => $"w{Guid.NewGuid():N}"[..12];

    private async Task<List<JsonElement>> EntriesAsync(string action, string word)
    {
        var page = await GetJsonAsync(app.Client, $"/api/audit?action={action}&pageSize=500");
        return [.. Items(page, "entries").Where(e => e.GetRawText().Contains(word, StringComparison.Ordinal))];
    }

    private async Task<JsonElement> EntryAsync(string action, string word) => Assert.Single(await EntriesAsync(action, word));

    private async Task<JsonElement> DetailsOfAsync(string action, string word) => Details(await EntryAsync(action, word));

    private static JsonElement Details(JsonElement entry) => JsonDocument.Parse(entry.GetProperty("details").GetString()!).RootElement;
}
