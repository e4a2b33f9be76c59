using Spectre.Console;

namespace Watchdog.Cli.CommandLine;

/// <summary>Shows HTML-escaped text with &lt;mark&gt; highlights (search snippets, alert passages) highlighted in the terminal.</summary>
public static class MarkedText
{
    public static string ToMarkup(string html) =>
        Markup.Escape(System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "\u0001", StringComparison.Ordinal).Replace("</mark>", "\u0002", StringComparison.Ordinal)))
            .Replace("\u0001", "[black on yellow]", StringComparison.Ordinal)
            .Replace("\u0002", "[/]", StringComparison.Ordinal);
}
