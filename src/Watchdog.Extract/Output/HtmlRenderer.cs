using System.Net;
using System.Text;
using Watchdog.Extract.Scoring;

namespace Watchdog.Extract.Output;

/// <summary>
/// Kept blocks as clean minimal HTML for display: headings, paragraphs, lists, quotes, preformatted
/// text and captions, with no attributes, scripts or styles.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(IReadOnlyList<TextBlock> blocks)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var block in blocks)
        {
            var isItem = block.Kind == BlockKind.ListItem;
            if (isItem != inList)
            {
                html.Append(isItem ? "<ul>\n" : "</ul>\n");
                inList = isItem;
            }
            var tag = TagFor(block);
            html.Append('<').Append(tag).Append('>');
            AppendEncoded(html, block);
            html.Append("</").Append(tag).Append(">\n");
        }
        if (inList) html.Append("</ul>\n");
        return html.ToString();
    }

    private static string TagFor(TextBlock block) => block.Kind switch
    {
        // The page title is the only h1; article headings start at h2.
        BlockKind.Heading => "h" + Math.Clamp(block.HeadingLevel, 2, 6),
        BlockKind.ListItem => "li",
        BlockKind.Quote => "blockquote",
        BlockKind.Preformatted => "pre",
        BlockKind.Caption => "figcaption",
        _ => "p",
    };

    private static void AppendEncoded(StringBuilder html, TextBlock block)
    {
        var encoded = WebUtility.HtmlEncode(block.Text);
        html.Append(block.Kind == BlockKind.Preformatted ? encoded : encoded.Replace("\n", "<br>", StringComparison.Ordinal));
    }
}
