using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Guard;
using Watchdog.Guard.Audit;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Guard.Sites;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Auth;

namespace Watchdog.Web.Api;

/// <summary>
/// <c>/api/guard/audit</c> and <c>/api/guard/sites</c> (admin only): a passive security audit of a site the newsroom runs,
/// once it has proven control of it.
/// </summary>
public static class GuardApi
{
    private const string CannotAuditTitle = "The site cannot be audited.";

    public static RouteGroupBuilder MapGuardApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/guard").WithTags("Guard");
        api.MapPost("/audit", AuditSiteAsync).WithName("AuditSite").WithSummary("Audit the security of a site you run")
            .WithDescription("Only sites whose control is proven (POST /api/guard/sites, then /api/guard/sites/verify): any other answers 403 with how to verify, "
                + "and nothing is sent to it. Plain GET requests only, one at a time (about 15): the page and its redirects on the same host, http:// for a redirect "
                + "to https, a random path, and a fixed list of files that should never be public (.git/HEAD, .env, backups, server-status, directory listings). "
                + "Checks TLS, security headers, cookies and exposed files; answers the findings (worst first, each with evidence and advice), the checks passed "
                + "and notes on what could not be checked. Admin only. 400 for a URL that is not http(s) or an address refused; 502 when the site does not answer.");
        api.MapGet("/sites", ListSitesAsync).WithName("ListGuardSites").WithSummary("Sites registered for the audit, verified or not");
        api.MapPost("/sites", AddSiteAsync).WithName("AddGuardSite").WithSummary("Register a site you run")
            .WithDescription("Answers the site's verification token and how to publish it (/.well-known/watchdog-verification.txt or a DNS TXT record). "
                + "Registering an already registered site answers it unchanged (200).");
        api.MapPost("/sites/verify", VerifySiteAsync).WithName("VerifyGuardSite").WithSummary("Prove control of a registered site")
            .WithDescription("One GET of the verification file (no redirects), then DNS TXT. Answers whether control is proven and what was found.");
        api.MapPost("/sites/schedule", ScheduleSiteAsync).WithName("ScheduleGuardSite").WithSummary("Audit a verified site on a schedule")
            .WithDescription("every: e.g. 1d or 12h (at least 1h); empty: only on demand. Scheduled audits raise an alert for a new high-severity finding "
                + "and for a certificate that expires within 14 days (GET /api/guard/sites/alerts).");
        api.MapPost("/sites/remove", RemoveSiteAsync).WithName("RemoveGuardSite").WithSummary("Forget a site (its proof of control and alerts)");
        api.MapGet("/sites/alerts", ListAlertsAsync).WithName("ListGuardSiteAlerts").WithSummary("Alerts of site audits, newest first");
        return api;
    }

    public static async Task<Results<Ok<SiteAuditReport>, ValidationProblem, ProblemHttpResult>> AuditSiteAsync(
        SiteAuditRequest request, GuardSites sites, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Url)) return UrlProblem("Give the url of a site to audit.");
        try
        {
            return TypedResults.Ok(await sites.AuditAsync(request.Url, http.Caller().Name, ct));
        }
        catch (GuardSiteException e) when (e.Problem == GuardSiteProblem.InvalidUrl)
        {
            return UrlProblem(e.Message);
        }
        catch (GuardSiteException e)
        {
            return NotProven(e);
        }
        catch (SiteAuditException e) when (e.Failure is SiteAuditFailure.InvalidUrl or SiteAuditFailure.AddressRefused)
        {
            return UrlProblem($"{e.Message}.");
        }
        catch (SiteAuditException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The site did not answer.", detail: e.Message);
        }
    }

    public static async Task<Ok<List<GuardSiteView>>> ListSitesAsync(GuardSites sites, CancellationToken ct) =>
        TypedResults.Ok((await sites.ListAsync(ct)).Select(GuardSiteView.From).ToList());

    public static async Task<Results<Created<GuardSiteView>, Ok<GuardSiteView>, ValidationProblem>> AddSiteAsync(
        GuardSiteRequest request, GuardSites sites, HttpContext http, CancellationToken ct)
    {
        try
        {
            var (site, added) = await sites.AddAsync(request.Url ?? "", http.Caller().Name, ct);
            return added ? TypedResults.Created("/api/guard/sites", GuardSiteView.From(site)) : TypedResults.Ok(GuardSiteView.From(site));
        }
        catch (GuardSiteException e)
        {
            return UrlProblem(e.Message);
        }
    }

    public static async Task<Results<Ok<GuardSiteVerificationView>, ValidationProblem, ProblemHttpResult>> VerifySiteAsync(
        GuardSiteRequest request, GuardSites sites, HttpContext http, CancellationToken ct)
    {
        try
        {
            var (site, proof) = await sites.VerifyAsync(request.Url ?? "", http.Caller().Name, ct);
            return TypedResults.Ok(new GuardSiteVerificationView(GuardSiteView.From(site), proof.Proven, proof.Method, proof.Explanation));
        }
        catch (GuardSiteException e) when (e.Problem == GuardSiteProblem.NotRegistered)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The site is not registered.", detail: e.Message);
        }
        catch (GuardSiteException e)
        {
            return UrlProblem(e.Message);
        }
    }

    public static async Task<Results<Ok<GuardSiteView>, ValidationProblem, ProblemHttpResult>> ScheduleSiteAsync(
        GuardSiteScheduleRequest request, GuardSites sites, HttpContext http, CancellationToken ct)
    {
        TimeSpan? every = null;
        if (!string.IsNullOrWhiteSpace(request.Every))
        {
            if (!Duration.TryParse(request.Every, out var parsed)) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["every"] = [$"'{request.Every}' is not a duration; write e.g. 12h or 1d."] });
            every = parsed.Value.Value;
        }
        try
        {
            return TypedResults.Ok(GuardSiteView.From(await sites.ScheduleAsync(request.Url ?? "", every, http.Caller().Name, ct)));
        }
        catch (GuardSiteException e) when (e.Problem == GuardSiteProblem.InvalidUrl)
        {
            return UrlProblem(e.Message);
        }
        catch (GuardSiteException e)
        {
            return NotProven(e);
        }
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> RemoveSiteAsync(GuardSiteRequest request, GuardSites sites, HttpContext http, CancellationToken ct)
    {
        try
        {
            return await sites.RemoveAsync(request.Url ?? "", http.Caller().Name, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (GuardSiteException e)
        {
            return UrlProblem(e.Message);
        }
    }

    public static async Task<Ok<IReadOnlyList<GuardSiteAlert>>> ListAlertsAsync(GuardSites sites, CancellationToken ct, int limit = 100) =>
        TypedResults.Ok(await sites.AlertsAsync(Math.Clamp(limit, 1, 1000), ct));

    /// <summary>403: the site is not registered or not verified; the detail says how to verify it.</summary>
    private static ProblemHttpResult NotProven(GuardSiteException e) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Control of the site is not proven.", detail: e.Message);

    private static ValidationProblem UrlProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [message] }, title: CannotAuditTitle);
}
