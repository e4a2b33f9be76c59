using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Watchdog.Web.Dashboard;

/// <summary>
/// Serves the dashboard's pages at clean paths ("/" → index.html, "/sources" → sources.html) with the language the
/// request's Accept-Language negotiates written into the page (<c>&lt;html data-server-language&gt;</c>), so i18n.js can
/// honour it before any text is shown. Any other path goes on to the static files and the API.
/// </summary>
public sealed class DashboardPages(IFileProvider files)
{
    private const string HtmlOpening = "<html lang=\"en\"";

    public async Task<bool> TryServeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return false;
        var name = PageName(context.Request.Path);
        if (name is null) return false;
        var file = files.GetFileInfo($"{name}.html");
        if (!file.Exists) return false;

        string html;
        await using (var stream = file.CreateReadStream())
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            html = await reader.ReadToEndAsync(context.RequestAborted);
        }
        var language = DashboardLanguage.Negotiate(context.Request.GetTypedHeaders().AcceptLanguage);
        if (language is not null)
        {
            html = html.Replace(HtmlOpening, $"<html lang=\"{language}\" data-server-language=\"{language}\"", StringComparison.Ordinal);
        }

        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.AcceptLanguage;
        if (HttpMethods.IsGet(context.Request.Method)) await response.WriteAsync(html, context.RequestAborted);
        return true;
    }

    /// <summary>"/" → "index", "/alerts" or "/alerts.html" → "alerts"; anything else (folders, other files) → null.</summary>
    public static string? PageName(PathString path)
    {
        var value = path.Value ?? "/";
        if (value is "/" or "") return "index";
        var name = value[1..];
        if (name.EndsWith(".html", StringComparison.Ordinal)) name = name[..^".html".Length];
        return name.Length is > 0 and <= 40 && name.All(c => c is (>= 'a' and <= 'z') or '-') ? name : null;
    }
}
