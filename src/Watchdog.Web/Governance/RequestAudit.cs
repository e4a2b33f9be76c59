using Microsoft.AspNetCore.Http;
using Watchdog.Application.Governance;
using Watchdog.Web.Auth;

namespace Watchdog.Web.Governance;

public static class RequestAudit
{
    /// <summary>Records an action of the request's caller (a user's name, or "local" while authentication is off).</summary>
    public static Task RecordAsync(this AuditTrail audit, HttpContext http, string action, string? target, object? details = null) =>
        audit.RecordAsync(http.Caller().Name, action, target, details);
}
