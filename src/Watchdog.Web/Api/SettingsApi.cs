using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Watchdog.Core.Localization;
using Watchdog.Web.Api.Contracts;
using Watchdog.Web.Localization;

namespace Watchdog.Web.Api;

/// <summary><c>/api/settings</c>: the regional settings a client needs to label what the API returns (languages, time zone of day buckets).</summary>
public static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/settings").WithTags("Stats");
        api.MapGet("/", GetSettings).WithName("GetSettings").WithSummary("Languages and the time zone day buckets are cut in")
            .WithDescription("language: what reports and charts of this request would be written in (the request's Accept-Language when Watchdog writes it, "
                + "else defaultLanguage, the language setting); languages: those Watchdog writes. timeZone: the IANA zone days start in (the timeZone "
                + "setting; UTC by default) — day buckets of /api/trends, /api/reports and /api/entities start at its midnight; utcOffsetMinutes: its "
                + "offset now.");
        return api;
    }

    public static Ok<SettingsView> GetSettings(UiLocale defaults, TimeProvider clock, HttpContext http)
    {
        var (locale, _) = RequestLocale.Resolve(null, http.Request, defaults);
        var offset = defaults.TimeZone.GetUtcOffset(clock.GetUtcNow());
        return TypedResults.Ok(new SettingsView(
            locale.Language.Code(), defaults.Language.Code(), [.. UiLanguages.All.Select(l => l.Code())], defaults.ZoneLabel, (int)offset.TotalMinutes));
    }
}
