using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchdog.Core.Governance;
using Watchdog.Core.Guard;
using Watchdog.EndToEnd.Tests.Web.Governance;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>Leak watch through the API: documents are registered as fingerprints only, listed without text, and their findings read back.</summary>
public sealed class LeaksApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Memo =
        "Внутренняя записка редакции. В следующем квартале мы сократим отдел расследований на треть, а освободившиеся ставки "
        + "передадим в службу коммерческих спецпроектов; сотрудников известим не раньше первого марта, после подписания договора с рекламодателем.";

    private async Task<JsonElement> RegisterAsync(string name, string text)
    {
        var response = await app.Client.PostAsJsonAsync("/api/guard/leaks", new { name, text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_registered_document_is_listed_by_name_and_fingerprints_without_its_text()
    {
        var registered = await RegisterAsync("Записка о сокращениях", Memo);

        var listing = await app.Client.GetStringAsync("/api/guard/leaks");

        Assert.True(registered.GetProperty("fingerprints").GetInt32() > 3);
        Assert.Contains("Записка о сокращениях", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("отдел расследований", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("fingerprint\":", listing.Replace("fingerprints\":", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", Memo, "name")]
    [InlineData("Short", "всего три слова", "text")]
    public async Task A_nameless_or_too_short_document_is_refused(string name, string text, string field)
    {
        var problem = await IsProblemAsync(await app.Client.PostAsJsonAsync("/api/guard/leaks", new { name, text }), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, field));
    }

    [Fact]
    public async Task Findings_of_a_document_are_listed_with_the_article_and_removed_with_the_document()
    {
        var id = (await RegisterAsync("Бюджет", Memo + " Дополнение к записке.")).GetProperty("id").GetString()!;
        var article = app.Corpus.Articles[0];
        await app.Service<ILeakStore>().AddFindingsAsync(
            [new LeakFinding(0, id, "", article.Id, article.Title, article.Url, 5, 0.2, [new LeakSpan(0, 10)], "excerpt", DateTimeOffset.UtcNow)],
            CancellationToken.None);

        var findings = await app.Client.GetFromJsonAsync<JsonElement>($"/api/guard/leaks/findings?document={id}");
        var removed = await app.Client.DeleteAsync($"/api/guard/leaks/{id}");
        var again = await app.Client.DeleteAsync($"/api/guard/leaks/{id}");
        var after = await app.Client.GetFromJsonAsync<JsonElement>($"/api/guard/leaks/findings?document={id}");

        Assert.Equal(article.Id, Assert.Single(findings.EnumerateArray()).GetProperty("articleId").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(after.EnumerateArray());
    }

    [Fact]
    public async Task A_findings_limit_out_of_range_is_refused()
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync("/api/guard/leaks/findings?limit=0"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, "limit"));
    }

    [Fact]
    public async Task Registration_is_in_the_audit_log_by_name_only()
    {
        await RegisterAsync("Audited memo", Memo + " Ещё одна версия.");

        var entries = await app.Service<IAuditLog>().ListAsync(new AuditQuery { Action = AuditActions.GuardLeakAdd }, CancellationToken.None);

        var entry = Assert.Single(entries.Entries, e => e.Details?.Contains("Audited memo", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("расследований", entry.Details, StringComparison.Ordinal);
    }
}

/// <summary>Even the names of confidential documents are for admins only.</summary>
public sealed class LeaksAccessTests(AuthWebAppFixture app) : IClassFixture<AuthWebAppFixture>
{
    [Fact]
    public async Task An_analyst_may_not_list_leak_documents()
    {
        using var analyst = app.ClientWith(app.AnalystToken);

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/guard/leaks")).StatusCode);
    }

    [Fact]
    public async Task An_admin_may()
    {
        using var admin = app.ClientWith(app.AdminToken);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/guard/leaks")).StatusCode);
    }
}
