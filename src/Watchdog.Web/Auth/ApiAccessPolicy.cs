using Microsoft.AspNetCore.Http;
using Watchdog.Core.Governance;

namespace Watchdog.Web.Auth;

/// <summary>
/// The least role each REST API call needs, in one table so it can be read (and tested) at a glance:
/// <list type="bullet">
/// <item>/api/users, /api/audit and /api/guard (site audits send requests to a site; even the names of confidential documents are sensitive): admin;</item>
/// <item>changing /api/sources, /api/watchlists or /api/queries (any method but GET/HEAD), and /api/reports/schedules (they name their recipients; sending one now): analyst;</item>
/// <item>everything else under /api (reading, searching, alerts and marking them read, checking a query): viewer.</item>
/// </list>
/// Paths outside /api (the dashboard's files, /healthz, /metrics, the API description) need no token.
/// </summary>
public static class ApiAccessPolicy
{
    public static Role? RequiredRole(string method, PathString path)
    {
        // Ignoring case as routing does (and as StartsWithSegments does by default): /API/USERS is /api/users.
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return null;
        if (path.StartsWithSegments("/api/users", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/audit", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/guard", StringComparison.OrdinalIgnoreCase)) return Role.Admin;
        if (path.StartsWithSegments("/api/reports/schedules", StringComparison.OrdinalIgnoreCase)) return Role.Analyst;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        if (!reads && (path.StartsWithSegments("/api/sources", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/watchlists", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/queries", StringComparison.OrdinalIgnoreCase)))
            return Role.Analyst;
        return Role.Viewer;
    }
}
