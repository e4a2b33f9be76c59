using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Watchdog.Core.Governance;
using Watchdog.EndToEnd.Tests.Web.Governance;
using Watchdog.Web.Auth;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

public sealed class ReportingAccessPolicyTests
{
    [Theory]
    [InlineData("GET", "/api/trends", Role.Viewer)]
    [InlineData("GET", "/api/trends/chart.svg", Role.Viewer)]
    [InlineData("GET", "/api/stories", Role.Viewer)]
    [InlineData("GET", "/api/export", Role.Viewer)]
    [InlineData("GET", "/api/reports", Role.Viewer)]
    [InlineData("POST", "/api/guard/audit", Role.Admin)]
    [InlineData("GET", "/api/guard/audit", Role.Admin)]
    [InlineData("POST", "/api/guard/sites", Role.Admin)]
    [InlineData("POST", "/api/guard/sites/verify", Role.Admin)]
    [InlineData("GET", "/api/guard/leaks", Role.Admin)]
    [InlineData("GET", "/api/guard/leaks/findings", Role.Admin)]
    public void Reading_is_for_viewers_auditing_a_site_and_leak_watch_for_admins(string method, string path, Role role) =>
        Assert.Equal(role, ApiAccessPolicy.RequiredRole(method, new PathString(path)));
}

/// <summary>The new endpoints with authentication on: a viewer reads trends and takes exports, but may not make the app audit a site.</summary>
public sealed class ReportingAccessTests(AuthWebAppFixture app) : IClassFixture<AuthWebAppFixture>
{
    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    public async Task Only_an_admin_may_audit_or_register_a_site(string role)
    {
        using var client = app.ClientWith(role == "viewer" ? app.ViewerToken : app.AnalystToken);

        var problem = await IsProblemAsync(await client.PostAsJsonAsync("/api/guard/audit", new { url = "http://127.0.0.1:9/" }), HttpStatusCode.Forbidden);
        Assert.Contains("admin", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await IsProblemAsync(await client.PostAsJsonAsync("/api/guard/sites", new { url = "http://127.0.0.1:9/" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_is_let_through_to_the_audit()
    {
        using var admin = app.ClientWith(app.AdminToken);

        // Past the role check, the site is refused for not being verified.
        var problem = await IsProblemAsync(await admin.PostAsJsonAsync("/api/guard/audit", new { url = "http://127.0.0.1:9/" }), HttpStatusCode.Forbidden);
        Assert.Contains("not a verified site", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/trends?q=Almaty")]
    [InlineData("/api/stories?q=Almaty")]
    [InlineData("/api/export?q=Almaty&format=csv")]
    [InlineData("/api/reports?q=Almaty&from=2026-11-15&to=2026-11-25")]
    public async Task A_viewer_may_read_trends_stories_exports_and_reports(string path)
    {
        using var viewer = app.ClientWith(app.ViewerToken);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_an_export_is_refused()
    {
        using var anonymous = app.ClientWith(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/export?q=Almaty")).StatusCode);
    }
}
