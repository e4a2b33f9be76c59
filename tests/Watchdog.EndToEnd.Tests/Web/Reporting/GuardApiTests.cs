using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchdog.Testing;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>
/// The site audit through the API, against a careless site served on 127.0.0.1 (the fixture allows loopback): only after
/// the site has proven control, by serving its token.
/// </summary>
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

    /// <summary>Registers the test site and serves its token; returns the verification answer.</summary>
    public static async Task<JsonElement> RegisterAndVerifyAsync(HttpClient client, TestWebServer site)
    {
        var added = await client.PostAsJsonAsync("/api/guard/sites", new { url = site.BaseUri.AbsoluteUri });
        Assert.Contains(added.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }); // OK: registered before
        var token = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        site.Map("/.well-known/watchdog-verification.txt", TestResponse.Text(token + "\n", "text/plain"));
        return await JsonAsync(await client.PostAsJsonAsync("/api/guard/sites/verify", new { url = site.BaseUri.AbsoluteUri }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unverified_site_is_refused_with_403_and_how_to_verify_and_gets_no_request_at_all()
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url = _site.BaseUri.AbsoluteUri }), HttpStatusCode.Forbidden);
        Assert.Contains("guard sites add", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await app.Client.PostAsJsonAsync("/api/guard/sites", new { url = _site.BaseUri.AbsoluteUri });
        problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url = _site.BaseUri.AbsoluteUri }), HttpStatusCode.Forbidden);
        Assert.Contains("/.well-known/watchdog-verification.txt", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("watchdog-verification=wdv-", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task Verification_needs_the_token_served_by_the_site()
    {
        var added = await JsonAsync(await app.Client.PostAsJsonAsync("/api/guard/sites", new { url = _site.BaseUri.AbsoluteUri }), HttpStatusCode.Created);
        Assert.False(added.GetProperty("verified").GetBoolean());

        _site.Map("/.well-known/watchdog-verification.txt", TestResponse.Text("wdv-someone-elses-token\n", "text/plain"));
        var failed = await JsonAsync(await app.Client.PostAsJsonAsync("/api/guard/sites/verify", new { url = _site.BaseUri.AbsoluteUri }), HttpStatusCode.OK);
        Assert.False(failed.GetProperty("verified").GetBoolean());
        Assert.Contains("does not hold the token", failed.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/.well-known/watchdog-verification.txt"], _site.Requests.Select(r => r.Path));

        var verified = await RegisterAndVerifyAsync(app.Client, _site);
        Assert.Equal((true, "file"), (verified.GetProperty("verified").GetBoolean(), verified.GetProperty("method").GetString()));
    }

    [Fact]
    public async Task Auditing_a_verified_local_site_returns_its_findings_with_evidence_and_advice()
    {
        await RegisterAndVerifyAsync(app.Client, _site);
        var report = await JsonAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url = _site.BaseUri.AbsoluteUri }), HttpStatusCode.OK);
        var findings = report.GetProperty("findings").EnumerateArray().ToList();

        Assert.Contains(findings, f => f.GetProperty("checkId").GetString() == "exposed.env" && f.GetProperty("severity").GetString() == "High");
        Assert.Contains(findings, f => f.GetProperty("checkId").GetString() == "headers.csp");
        Assert.Contains(findings, f => f.GetProperty("checkId").GetString() == "headers.version-disclosure");
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("advice").GetString())));
        Assert.Equal(JsonValueKind.Array, report.GetProperty("passed").ValueKind);
        Assert.Equal(JsonValueKind.Array, report.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task A_scheduled_audit_raises_one_alert_per_new_high_finding()
    {
        await RegisterAndVerifyAsync(app.Client, _site);
        await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/sites/schedule", new { url = _site.BaseUri.AbsoluteUri, every = "10m" }), HttpStatusCode.BadRequest);
        var scheduled = await JsonAsync(await app.Client.PostAsJsonAsync("/api/guard/sites/schedule", new { url = _site.BaseUri.AbsoluteUri, every = "1d" }), HttpStatusCode.OK);
        Assert.Equal(86_400, scheduled.GetProperty("auditEverySeconds").GetDouble());

        var sites = app.Service<Watchdog.Application.Guard.Sites.GuardSites>();
        Assert.True(await sites.RunDueAsync(CancellationToken.None) >= 1);
        var requests = _site.Requests.Count;
        await sites.RunDueAsync(CancellationToken.None); // not due again for a day
        Assert.Equal(requests, _site.Requests.Count);

        var alerts = await JsonAsync(await app.Client.GetAsync("/api/guard/sites/alerts"), HttpStatusCode.OK);
        var origin = _site.BaseUri.GetLeftPart(UriPartial.Authority);
        var mine = alerts.EnumerateArray().Where(a => a.GetProperty("origin").GetString() == origin).ToList();
        Assert.All(mine, a => Assert.Equal("high-finding", a.GetProperty("kind").GetString()));
        Assert.Single(mine, a => a.GetProperty("message").GetString()!.Contains("(exposed.env)", StringComparison.Ordinal));
        Assert.Single(mine, a => a.GetProperty("message").GetString()!.Contains("(transport.https)", StringComparison.Ordinal));

        // Audited again on demand: the same findings are not news.
        await JsonAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url = _site.BaseUri.AbsoluteUri }), HttpStatusCode.OK);
        alerts = await JsonAsync(await app.Client.GetAsync("/api/guard/sites/alerts"), HttpStatusCode.OK);
        Assert.Equal(mine.Count, alerts.EnumerateArray().Count(a => a.GetProperty("origin").GetString() == origin));
    }

    [Fact]
    public async Task A_scheduled_audit_of_a_site_that_stopped_serving_its_token_is_skipped_with_an_alert()
    {
        await RegisterAndVerifyAsync(app.Client, _site);
        await JsonAsync(await app.Client.PostAsJsonAsync("/api/guard/sites/schedule", new { url = _site.BaseUri.AbsoluteUri, every = "1h" }), HttpStatusCode.OK);
        _site.Map("/.well-known/watchdog-verification.txt", TestResponse.StatusOnly(404));
        var before = _site.Requests.Count;

        await app.Service<Watchdog.Application.Guard.Sites.GuardSites>().RunDueAsync(CancellationToken.None);

        Assert.Equal(["/.well-known/watchdog-verification.txt"], _site.Requests.Skip(before).Select(r => r.Path));
        var alerts = await JsonAsync(await app.Client.GetAsync("/api/guard/sites/alerts"), HttpStatusCode.OK);
        Assert.Contains(alerts.EnumerateArray(), a => a.GetProperty("origin").GetString() == _site.BaseUri.GetLeftPart(UriPartial.Authority)
            && a.GetProperty("kind").GetString() == "control-lost");
    }

    [Fact]
    public async Task A_verified_site_that_does_not_answer_gives_502()
    {
        await using var closing = await TestWebServer.StartAsync();
        await RegisterAndVerifyAsync(app.Client, closing);
        var url = closing.BaseUri.AbsoluteUri;
        await closing.DisposeAsync();

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

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}

/// <summary>Where the fetcher may not reach loopback (the default), neither may the proof of control, so no audit either.</summary>
public sealed class GuardAddressRefusalTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_loopback_site_cannot_be_verified_when_the_fetcher_may_not_reach_it()
    {
        await using var site = await TestWebServer.StartAsync();
        await app.Client.PostAsJsonAsync("/api/guard/sites", new { url = site.BaseUri.AbsoluteUri });
        var verify = await app.Client.PostAsJsonAsync("/api/guard/sites/verify", new { url = site.BaseUri.AbsoluteUri });
        var answer = JsonDocument.Parse(await verify.Content.ReadAsStringAsync()).RootElement;

        Assert.False(answer.GetProperty("verified").GetBoolean());
        Assert.Contains("does not allow", answer.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/audit", new { url = site.BaseUri.AbsoluteUri }), HttpStatusCode.Forbidden);
        Assert.Empty(site.Requests);
    }
}
