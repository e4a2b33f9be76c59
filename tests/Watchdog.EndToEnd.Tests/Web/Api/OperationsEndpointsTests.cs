using System.Net;
using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Web.Api;

public sealed class OperationsEndpointsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Healthz_is_healthy_when_the_store_answers()
    {
        var response = await app.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_are_prometheus_text_with_queue_and_store_gauges()
    {
        var response = await app.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE watchdog_stage_items_total counter", text, StringComparison.Ordinal);
        Assert.Contains("watchdog_queue_items{state=\"pending\"}", text, StringComparison.Ordinal);
        Assert.Contains($"watchdog_articles_stored {app.Corpus.Articles.Count}\n", text, StringComparison.Ordinal);
        // A family declared twice makes Prometheus refuse the whole scrape.
        var families = text.Split('\n').Where(line => line.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(line => line.Split(' ')[2]).ToList();
        Assert.Equal(families.Distinct(StringComparer.Ordinal), families);
    }

    [Fact]
    public async Task Metrics_say_where_the_memory_is()
    {
        var samples = (await app.Client.GetStringAsync("/metrics")).Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .ToDictionary(line => line[..line.LastIndexOf(' ')], line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(samples["dotnet_gc_large_object_heap_bytes"] >= 0);
        Assert.True(samples["dotnet_gc_fragmented_bytes"] >= 0);
        Assert.True(samples["dotnet_gc_collections_total{generation=\"0\"}"] >= samples["dotnet_gc_collections_total{generation=\"2\"}"]);
        // The fixture's store is the embedded one: its SQLite connections hold page caches.
        Assert.True(samples["watchdog_sqlite_memory_bytes"] > 0);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_group()
    {
        var document = JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal("Watchdog API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("/api/sources", paths);
        Assert.Contains("/api/sources/{id}/fetch-now", paths);
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/articles/{id}", paths);
        Assert.Contains("/api/stats", paths);
    }

    [Fact]
    public async Task Search_parameters_are_described_by_the_names_a_caller_writes()
    {
        var document = JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var search = document.GetProperty("paths").GetProperty("/api/search");

        var names = search.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

        Assert.Equal(["q", "lang", "source", "from", "to", "order", "page", "pageSize"], names);
        Assert.True(search.TryGetProperty("post", out _));
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        var response = await app.Client.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Stats_count_the_stored_articles_and_sources()
    {
        var stats = JsonDocument.Parse(await app.Client.GetStringAsync("/api/stats")).RootElement;

        Assert.Equal(app.Corpus.Articles.Count, stats.GetProperty("articles").GetInt64());
        Assert.Equal(app.Corpus.Articles.Count, stats.GetProperty("indexedDocuments").GetInt64());
        Assert.True(stats.GetProperty("sources").GetInt32() >= app.Corpus.Sources.Count);
    }

    [Fact]
    public async Task The_dashboard_page_is_served_at_the_root()
    {
        var html = await app.Client.GetStringAsync("/");

        Assert.Contains("<form id=\"search-form\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/dashboard.js")).StatusCode);
    }

    [Fact]
    public void The_app_announces_the_address_it_listens_on()
    {
        Assert.Contains($"listening on {app.BaseUri.AbsoluteUri}", app.Announced, StringComparison.Ordinal);
        Assert.NotEqual(0, app.BaseUri.Port);
    }

    [Fact]
    public async Task An_unknown_api_path_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/nothing-here")).StatusCode);
    }
}
