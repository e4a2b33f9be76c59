using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchdog.Core.Governance;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Watch.WatchApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Governance;

/// <summary>The REST API with authentication on: tokens, roles, and the audit log naming who did what.</summary>
public sealed class AuthApiTests(AuthWebAppFixture app) : IClassFixture<AuthWebAppFixture>
{
    [Fact]
    public async Task Without_a_token_the_api_answers_401_problem_json_asking_for_a_bearer_token()
    {
        using var anonymous = app.ClientWith(null);

        var response = await anonymous.GetAsync("/api/sources");

        var problem = await IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_gets_401_too()
    {
        using var stranger = app.ClientWith("wd_not-a-real-token");

        await IsProblemAsync(await stranger.GetAsync("/api/articles"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_dashboard_health_and_metrics_need_no_token()
    {
        using var anonymous = app.ClientWith(null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/auth.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_searches_and_checks_queries_but_may_not_change_them()
    {
        using var viewer = app.ClientWith(app.ViewerToken);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/search?q=Алматы")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.PostAsJsonAsync("/api/match", new { query = "bank", text = "The bank" })).StatusCode);
        var forbidden = await viewer.PostAsJsonAsync("/api/queries", new { name = "not allowed", query = "bank" });

        var problem = await IsProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.Contains("analyst", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await IsProblemAsync(await viewer.GetAsync("/api/audit"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_analyst_changes_queries_and_sources_but_may_not_read_the_audit_log_or_manage_users()
    {
        using var analyst = app.ClientWith(app.AnalystToken);

        await CreatedAsync(await analyst.PostAsJsonAsync("/api/queries", new { name = UniqueName("analyst"), query = "bank" }));

        await IsProblemAsync(await analyst.GetAsync("/api/audit"), HttpStatusCode.Forbidden);
        await IsProblemAsync(await analyst.PostAsJsonAsync("/api/users", new { name = "x", role = "admin" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_audit_log_names_the_user_who_changed_a_query_and_who_searched()
    {
        using var analyst = app.ClientWith(app.AnalystToken);
        using var viewer = app.ClientWith(app.ViewerToken);
        using var admin = app.ClientWith(app.AdminToken);
        var name = UniqueName("audited");
        var id = (await CreatedAsync(await analyst.PostAsJsonAsync("/api/queries", new { name, query = "нефть AND цены" }))).GetProperty("id").GetInt64();
        var word = UniqueName("search");
        await viewer.GetAsync($"/api/search?q={word}");

        var created = await OkAsync(await admin.GetAsync($"/api/audit?action=query.create&actor={AuthWebAppFixture.AnalystName}"));
        var searched = await OkAsync(await admin.GetAsync($"/api/audit?action=search&actor={AuthWebAppFixture.ViewerName}"));

        var entry = created.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("target").GetString() == $"query {id}");
        Assert.Contains("нефть AND цены", entry.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.Contains(searched.GetProperty("entries").EnumerateArray(), e => e.GetProperty("details").GetString()!.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_adds_a_user_whose_token_works_until_the_user_is_removed()
    {
        using var admin = app.ClientWith(app.AdminToken);
        var name = UniqueName("newcomer");

        var added = await CreatedAsync(await admin.PostAsJsonAsync("/api/users", new { name, role = "viewer" }));
        using var newcomer = app.ClientWith(added.GetProperty("token").GetString());
        var me = await OkAsync(await newcomer.GetAsync("/api/me"));
        Assert.Equal((name, "Viewer", true), (me.GetProperty("name").GetString(), me.GetProperty("role").GetString(), me.GetProperty("authRequired").GetBoolean()));
        var listed = await OkAsync(await admin.GetAsync("/api/users"));
        Assert.DoesNotContain("\"token\"", listed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ApiToken.Prefix, listed.GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{name}")).StatusCode);

        await IsProblemAsync(await newcomer.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        var audit = await OkAsync(await admin.GetAsync($"/api/audit?action=user&actor={AuthWebAppFixture.AdminName}"));
        Assert.Equal(["user.remove", "user.add"], audit.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("target").GetString() == $"user {name}").Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_new_token_replaces_the_old_one_and_a_revoked_token_stops_working()
    {
        using var admin = app.ClientWith(app.AdminToken);
        var name = UniqueName("rotating");
        var added = await CreatedAsync(await admin.PostAsJsonAsync("/api/users", new { name, role = "viewer", expires = "30d" }));
        var expires = added.GetProperty("user").GetProperty("tokenExpiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30));

        var renewed = await OkAsync(await admin.PostAsJsonAsync($"/api/users/{name}/token", new { expires = "never" }));
        Assert.Equal(JsonValueKind.Null, renewed.GetProperty("user").GetProperty("tokenExpiresAt").ValueKind);
        using (var old = app.ClientWith(added.GetProperty("token").GetString())) await IsProblemAsync(await old.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        using var current = app.ClientWith(renewed.GetProperty("token").GetString());
        await OkAsync(await current.GetAsync("/api/me"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{name}/revoke", null)).StatusCode);
        var refused = await IsProblemAsync(await current.GetAsync("/api/me"), HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var audit = await OkAsync(await admin.GetAsync($"/api/audit?action=user&actor={AuthWebAppFixture.AdminName}"));
        Assert.Equal(["user.revoke", "user.token", "user.add"], audit.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("target").GetString() == $"user {name}").Select(e => e.GetProperty("action").GetString()));
        await IsProblemAsync(await admin.PostAsJsonAsync($"/api/users/{name}/token", new { expires = "5m" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/users/nobody-at-all/revoke", null)).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_the_reason()
    {
        var token = ApiToken.Generate();
        await app.Service<IUserStore>().AddAsync(new User { Name = UniqueName("expired"), Role = Role.Admin, TokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) },
            ApiToken.Hash(token), CancellationToken.None);
        using var client = app.ClientWith(token);
        var refused = await IsProblemAsync(await client.GetAsync("/api/users"), HttpStatusCode.Unauthorized);
        Assert.Contains("expired", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_cannot_be_added_twice_or_with_an_unknown_role()
    {
        using var admin = app.ClientWith(app.AdminToken);

        await IsProblemAsync(await admin.PostAsJsonAsync("/api/users", new { name = AuthWebAppFixture.ViewerName, role = "viewer" }), HttpStatusCode.Conflict);
        var invalid = await IsProblemAsync(await admin.PostAsJsonAsync("/api/users", new { name = "bad name!", role = "owner" }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(invalid, "name"));
        Assert.NotEmpty(FieldErrors(invalid, "role"));
    }
}
