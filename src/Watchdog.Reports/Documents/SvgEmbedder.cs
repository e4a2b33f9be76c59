using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Watchdog.Reports.Documents;

/// <summary>Prepares a chart's SVG document for inlining in HTML: scalable to the page width, and inert.</summary>
public static class SvgEmbedder
{
    /// <summary>
    /// The &lt;svg&gt; element without its XML prolog, with a viewBox in place of its fixed size, and without
    /// scripts, foreign objects or event attributes; null when the text is not a well-formed SVG document.
    /// </summary>
    public static string? Embed(string svg)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(svg).Root!;
        }
        catch (XmlException)
        {
            return null;
        }
        if (root.Name.LocalName != "svg") return null;
        root.Descendants().Where(e => e.Name.LocalName is "script" or "foreignObject").ToList().ForEach(e => e.Remove());
        root.DescendantsAndSelf().Attributes()
            .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .ToList().ForEach(a => a.Remove());
        if (TryReadSize(root, out var width, out var height))
        {
            root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
            root.SetAttributeValue("width", null);
            root.SetAttributeValue("height", null);
        }
        root.SetAttributeValue("role", "img");
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static bool TryReadSize(XElement root, out double width, out double height)
    {
        height = 0;
        return double.TryParse((string?)root.Attribute("width"), NumberStyles.Float, CultureInfo.InvariantCulture, out width)
            && double.TryParse((string?)root.Attribute("height"), NumberStyles.Float, CultureInfo.InvariantCulture, out height);
    }
}
