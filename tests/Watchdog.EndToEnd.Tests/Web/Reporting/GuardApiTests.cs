using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchdog.Testing;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>The site audit through the API, against a careless site served on 127.0.0.1 (the fixture allows loopback).</summary>
public sealed class GuardApiTests(ReportingWebAppFixture app) : IClassFixture<ReportingWebAppFixture>, IAsyncLifetime
{
    private TestWebServer _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestWebServer.StartAsync();
        _site.Map("/", TestResponse.Text("<html><head><title>Newsroom</title></head><body>Our news</body></html>").WithHeader("X-Powered-By", "PHP/7.4.3"))
            .Map("/.env", TestResponse.Text("DB_PASSWORD=hunter2\nAPI_KEY=abc123\n", "text/plain"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Auditing_a_local_site_returns_its_findings_with_evidence_and_advice()
    {
        var report = await AuditAsync(_site.BaseUri.AbsoluteUri, HttpStatusCode.OK);
        var findings = report.GetProperty("findings").EnumerateArray().ToList();

        Assert.Contains(findings, f => f.GetProperty("checkId").GetString() == "exposed.env" && f.GetProperty("severity").GetString() == "High");
        Assert.Contains(findings, f => f.GetProperty("checkId").GetString() == "headers.csp");
        Assert.Contains(findings, f => f.GetProperty("checkId").GetString() == "headers.version-disclosure");
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("advice").GetString())));
        Assert.Equal(JsonValueKind.Array, report.GetProperty("passed").ValueKind);
        Assert.Equal(JsonValueKind.Array, report.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task A_site_that_does_not_answer_gives_502()
    {
        await using var closed = await TestWebServer.StartAsync();
        var url = closed.BaseUri.AbsoluteUri;
        await closed.DisposeAsync();

        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url }), HttpStatusCode.BadGateway);

        Assert.Contains("did not answer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    public async Task A_url_that_is_not_http_gives_400(string url)
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url }), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, "url"));
    }

    private async Task<JsonElement> AuditAsync(string url, HttpStatusCode expected)
    {
        var response = await app.Client.PostAsJsonAsync("/api/guard/audit", new { url });
        Assert.True(response.StatusCode == expected, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

/// <summary>Where the fetcher may not reach loopback (the default), neither may the audit.</summary>
public sealed class GuardAddressRefusalTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_loopback_site_is_refused_with_400_when_the_fetcher_may_not_reach_it()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url = "http://127.0.0.1:9/" }), HttpStatusCode.BadRequest);

        Assert.Contains("does not allow", Assert.Single(FieldErrors(problem, "url")), StringComparison.Ordinal);
    }
}
