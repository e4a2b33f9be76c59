using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Core.Watching;
using Watchdog.Watch.Alerts;
using Watchdog.Watch.Delivery;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Watch;

/// <summary>Alerts raised by the real watch stage over the seeded sample corpus, then read and marked through the API.</summary>
public sealed class AlertsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <summary>Kazakh city name in every inflection; the seeded Kazakh sites mention it in several articles.</summary>
    private const string AlmatyQuery = "Алматы AND lang:kk";

    [Fact]
    public async Task Alerts_of_a_query_are_listed_newest_first_with_title_url_and_highlighted_passages()
    {
        var queryId = await RaiseAlertsAsync(AlmatyQuery);

        var page = await ListAsync($"query={queryId}&pageSize=100");
        var alerts = Alerts(page);

        Assert.True(alerts.Count >= 2, "the seeded Kazakh corpus mentions Алматы in more than one story");
        Assert.Equal(alerts.Select(a => a.GetProperty("id").GetInt64()).OrderDescending(), alerts.Select(a => a.GetProperty("id").GetInt64()));
        Assert.All(alerts, a =>
        {
            Assert.Contains(app.Corpus.Articles, article => article.Id == a.GetProperty("articleId").GetInt64()
                && article.Title == a.GetProperty("title").GetString() && article.Url.AbsoluteUri == a.GetProperty("url").GetString());
            Assert.Matches("(?i)<mark>алматы", string.Concat(a.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("highlighted").GetString())));
        });
    }

    [Fact]
    public async Task Marking_an_alert_read_removes_it_from_the_unread_list_and_unread_brings_it_back()
    {
        var queryId = await RaiseAlertsAsync(AlmatyQuery);
        var first = Alerts(await ListAsync($"query={queryId}"))[0].GetProperty("id").GetInt64();

        var read = await OkAsync(await app.Client.PostAsync($"/api/alerts/{first}/read", null));
        var unreadAfterRead = Alerts(await ListAsync($"query={queryId}&unread=true&pageSize=100")).Select(a => a.GetProperty("id").GetInt64()).ToList();
        await OkAsync(await app.Client.PostAsync($"/api/alerts/{first}/unread", null));
        var unreadAfterUnread = Alerts(await ListAsync($"query={queryId}&unread=true&pageSize=100")).Select(a => a.GetProperty("id").GetInt64());

        Assert.True(read.GetProperty("read").GetBoolean());
        Assert.DoesNotContain(first, unreadAfterRead);
        Assert.Contains(first, unreadAfterUnread);
    }

    [Fact]
    public async Task After_id_returns_only_newer_alerts()
    {
        var queryId = await RaiseAlertsAsync(AlmatyQuery);
        var ids = Alerts(await ListAsync($"query={queryId}&pageSize=100")).Select(a => a.GetProperty("id").GetInt64()).ToList();
        var oldest = ids.Min();

        var newer = Alerts(await ListAsync($"query={queryId}&afterId={oldest}&pageSize=100")).Select(a => a.GetProperty("id").GetInt64()).ToList();

        Assert.Equal(ids.Where(id => id > oldest).Order(), newer.Order());
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_report_totals()
    {
        var queryId = await RaiseAlertsAsync(AlmatyQuery);

        var first = await ListAsync($"query={queryId}&pageSize=1&page=1");
        var second = await ListAsync($"query={queryId}&pageSize=1&page=2");

        Assert.Equal(first.GetProperty("total").GetInt64(), first.GetProperty("totalPages").GetInt32());
        Assert.NotEqual(Alerts(first)[0].GetProperty("id").GetInt64(), Alerts(second)[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task One_alert_is_returned_with_its_query_name()
    {
        var queryId = await RaiseAlertsAsync(AlmatyQuery, name: "Almaty watch");
        var id = Alerts(await ListAsync($"query={queryId}"))[0].GetProperty("id").GetInt64();

        var alert = await OkAsync(await app.Client.GetAsync($"/api/alerts/{id}"));

        Assert.Equal("Almaty watch", alert.GetProperty("queryName").GetString());
        Assert.NotEmpty(alert.GetProperty("passages").EnumerateArray());
    }

    [Fact]
    public async Task A_failed_webhook_delivery_is_listed_with_its_reason()
    {
        var closedPort = ClosedLoopbackPort();
        var queryId = await RaiseAlertsAsync(AlmatyQuery, webhook: $"http://127.0.0.1:{closedPort}/hook");
        var alertId = Alerts(await ListAsync($"query={queryId}"))[0].GetProperty("id").GetInt64();
        using var http = new HttpClient();
        await new DeliveryDispatcher(app.Service<IWatchStore>(), [new WebhookChannel(http, TimeProvider.System)], TimeProvider.System,
            DeliveryRetryPolicy.Default, NullLogger<DeliveryDispatcher>.Instance).RunOnceAsync(CancellationToken.None);

        var failed = JsonDocument.Parse(await app.Client.GetStringAsync("/api/deliveries?status=failed&limit=500")).RootElement.EnumerateArray().ToList();
        var ofAlert = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/alerts/{alertId}/deliveries")).RootElement.EnumerateArray().ToList();

        var delivery = Assert.Single(ofAlert);
        Assert.Equal(("Failed", 1), (delivery.GetProperty("status").GetString(), delivery.GetProperty("attempts").GetInt32()));
        Assert.False(string.IsNullOrWhiteSpace(delivery.GetProperty("lastError").GetString()));
        Assert.Contains(failed, d => d.GetProperty("id").GetInt64() == delivery.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task Bad_paging_gives_400_naming_the_parameter(string query, string field)
    {
        Assert.NotEmpty(FieldErrors(await IsProblemAsync(await app.Client.GetAsync($"/api/alerts?{query}"), HttpStatusCode.BadRequest), field));
    }

    [Fact]
    public async Task An_unknown_delivery_status_gives_400()
    {
        Assert.NotEmpty(FieldErrors(await IsProblemAsync(await app.Client.GetAsync("/api/deliveries?status=lost"), HttpStatusCode.BadRequest), "status"));
    }

    [Fact]
    public async Task Marking_a_missing_alert_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.PostAsync("/api/alerts/987654/read", null)).StatusCode);
    }

    /// <summary>Creates a query through the API and runs the seeded articles through the real watch stage.</summary>
    private async Task<long> RaiseAlertsAsync(string query, string name = "alerts", string? webhook = null)
    {
        var rule = webhook is null ? null : new { targets = new[] { new { channel = "webhook", address = webhook, secret = "k" } } };
        var queryId = await CreateQueryAsync(app.Client, name, query, rule);
        var watcher = app.Service<ArticleWatcher>();
        await watcher.ReloadAsync(CancellationToken.None);
        foreach (var article in app.Corpus.Articles) await watcher.ProcessAsync(article, CancellationToken.None);
        return queryId;
    }

    private async Task<JsonElement> ListAsync(string query) => await OkAsync(await app.Client.GetAsync($"/api/alerts?{query}"));

    private static List<JsonElement> Alerts(JsonElement page) => page.GetProperty("alerts").EnumerateArray().ToList();

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
