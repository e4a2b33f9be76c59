namespace Watchdog.Web.Api.Contracts;

/// <summary>Body of <c>POST /api/guard/audit</c>.</summary>
/// <param name="Url">The home page of a site you run, http or https.</param>
public sealed record SiteAuditRequest(string? Url);
