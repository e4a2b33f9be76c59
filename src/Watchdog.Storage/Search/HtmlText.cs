using System.Text;

namespace Watchdog.Storage.Search;

/// <summary>
/// HTML escaping for snippets. Only the five markup characters are escaped, so Cyrillic stays readable text
/// (Lucene's SimpleHTMLEncoder turns every non-ASCII letter into a numeric entity).
/// </summary>
public static class HtmlText
{
    public const string MarkOpen = "<mark>";
    public const string MarkClose = "</mark>";

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text) AppendEscaped(html, c);
        return html.ToString();
    }

    private static void AppendEscaped(StringBuilder html, char c) => _ = c switch
    {
        '&' => html.Append("&amp;"),
        '<' => html.Append("&lt;"),
        '>' => html.Append("&gt;"),
        '"' => html.Append("&quot;"),
        '\'' => html.Append("&#39;"),
        _ => html.Append(c),
    };
}
