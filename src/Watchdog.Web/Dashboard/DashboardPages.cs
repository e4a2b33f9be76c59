using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Watchdog.Web.Dashboard;

/// <summary>
/// Serves the dashboard's pages at clean paths ("/" → index.html, "/sources" → sources.html) with the head every page
/// shares put in place of its <see cref="SharedHeadMarker"/>, and the language the request's Accept-Language negotiates
/// written into the page (<c>&lt;html data-server-language&gt;</c>) so i18n.js can honour it before any text is shown.
/// Any other path goes on to the static files and the API.
/// </summary>
public sealed class DashboardPages(IFileProvider files)
{
    private const string HtmlOpening = "<html lang=\"en\"";
    public const string SharedHeadMarker = "<!-- shared head -->";

    /// <summary>
    /// What every page's head starts with: kept here once rather than in eight files. The charset comes first, as a browser
    /// looks for it in the first bytes; the shared scripts come before a page's own, which (deferred) run in document order.
    /// </summary>
    public const string SharedHead = """
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/dashboard.css">
        <script src="/i18n.js" defer></script>
        <script src="/shell.js" defer></script>
        <script src="/auth.js" defer></script>
        <script src="/common.js" defer></script>
        """;

    /// <summary>
    /// Rendered pages by page and language: the files are embedded, so a page never changes while the process runs.
    /// Small and bounded (eight pages × four languages counting "none").
    /// </summary>
    private readonly ConcurrentDictionary<(string Page, string? Language), string> _rendered = new();

    public async Task<bool> TryServeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return false;
        var name = PageName(context.Request.Path);
        if (name is null) return false;
        var language = DashboardLanguage.Negotiate(context.Request.GetTypedHeaders().AcceptLanguage);
        if (!_rendered.TryGetValue((name, language), out var html))
        {
            var file = files.GetFileInfo($"{name}.html");
            if (!file.Exists) return false;
            html = _rendered.GetOrAdd((name, language), Render(await ReadAsync(file, context.RequestAborted), language));
        }

        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.AcceptLanguage;
        if (HttpMethods.IsGet(context.Request.Method)) await response.WriteAsync(html, context.RequestAborted);
        return true;
    }

    /// <summary>A page's file with the shared head in place and, when one was negotiated, the language written in.</summary>
    public static string Render(string page, string? language)
    {
        var html = page.Replace(SharedHeadMarker, SharedHead, StringComparison.Ordinal);
        return language is null
            ? html
            : html.Replace(HtmlOpening, $"<html lang=\"{language}\" data-server-language=\"{language}\"", StringComparison.Ordinal);
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

    private static async Task<string> ReadAsync(IFileInfo file, CancellationToken ct)
    {
        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }
}
