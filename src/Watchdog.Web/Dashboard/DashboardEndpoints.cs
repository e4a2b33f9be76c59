using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;

namespace Watchdog.Web.Dashboard;

/// <summary>
/// The dashboard: a few static pages with a little vanilla JavaScript that calls the API (shell.js draws the top bar
/// every page shares). Its files are embedded in the assembly, so `watchdog up` serves them from wherever it runs, with
/// no front-end build step.
/// </summary>
public static class DashboardEndpoints
{
    private const string AssetNamespace = "Watchdog.Web.Dashboard.Assets";

    public static WebApplication UseDashboard(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(DashboardEndpoints).Assembly, AssetNamespace);
        var pages = new DashboardPages(files);
        app.Use(async (context, next) =>
        {
            if (!await pages.TryServeAsync(context)) await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Revalidate every time: the files change with each release, and ETags make revalidation cheap.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
