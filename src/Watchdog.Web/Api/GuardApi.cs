using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Watchdog.Collect.Fetching;
using Watchdog.Core.Governance;
using Watchdog.Guard.Audit;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Governance;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Governance;

namespace Watchdog.Web.Api;

/// <summary><c>/api/guard</c>: a passive security audit of a site the newsroom runs (analyst and admin only).</summary>
public static class GuardApi
{
    private const string CannotAuditTitle = "The site cannot be audited.";

    public static RouteGroupBuilder MapGuardApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/guard").WithTags("Guard");
        api.MapPost("/audit", AuditSiteAsync).WithName("AuditSite").WithSummary("Audit the security of a site you run")
            .WithDescription("Plain GET requests only, one at a time (about 15): the page and its redirects, http:// for a redirect to https, a random path, "
                + "and a fixed list of files that should never be public (.git/HEAD, .env, backups, server-status, directory listings). Checks TLS, security "
                + "headers, cookies and exposed files; answers the findings (worst first, each with evidence and advice), the checks passed and notes on what "
                + "could not be checked. Needs the analyst or admin role. Loopback and private addresses are refused unless the fetcher's configuration "
                + "allows them (Watchdog:Fetcher:AllowLoopback / AllowPrivateNetworks). 400 for a URL that is not http(s) or is refused; 502 when the site does not answer. "
                + "Audit only sites you are responsible for.");
        return api;
    }

    public static async Task<Results<Ok<SiteAuditReport>, ValidationProblem, ProblemHttpResult>> AuditSiteAsync(
        SiteAuditRequest request, SiteAuditor auditor, IOptions<WatchdogOptions> options, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var text = request.Url?.Trim();
        if (string.IsNullOrEmpty(text)) return UrlProblem("Give the url of a site to audit.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
            return UrlProblem($"'{request.Url}' is not an absolute http or https URL.");
        await audit.RecordAsync(http, AuditActions.GuardAudit, site.AbsoluteUri);

        try
        {
            // The auditor has one switch for loopback and private networks together; this applies the fetcher's two separately.
            if (await AddressGuard.CheckHostAsync(site.Host, options.Value.Fetcher.ToFetcherOptions(), ct) is { } refused)
                return UrlProblem($"{refused}.");
            return TypedResults.Ok(await auditor.AuditAsync(site, ct));
        }
        catch (SiteAuditException e) when (e.Failure is SiteAuditFailure.InvalidUrl or SiteAuditFailure.AddressRefused)
        {
            return UrlProblem($"{e.Message}.");
        }
        catch (SiteAuditException e)
        {
            return Unreachable(e.Message);
        }
        catch (SocketException e)
        {
            return Unreachable($"{site.Host} could not be resolved: {e.Message}");
        }
    }

    private static ValidationProblem UrlProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [message] }, title: CannotAuditTitle);

    private static ProblemHttpResult Unreachable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The site did not answer.", detail: detail);
}
