namespace Watchdog.Extract.Parsing;

/// <summary>
/// Which attributes the extractor builds into the document: those it reads (<c>Cleaning/</c>,
/// <c>Metadata/</c>, <c>Dates/</c>, <c>Scoring/</c>) plus those that change how the HTML tree builder
/// nests elements (input type in tables, font attributes in SVG and MathML, annotation-xml encoding).
/// <c>href</c> is kept on <c>&lt;link&gt;</c> only (canonical URL): links' targets are never followed,
/// and they are a large share of a page's markup.
/// </summary>
public static class ReadAttributes
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "rel", "content", "datetime",
        "lang", "xml:lang", "type", "property", "name", "http-equiv", "charset",
        "color", "face", "size", "encoding",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the attribute is kept. Names are compared ignoring case, as markup may write them in
    /// any case (the parser lower-cases them; comparing more loosely than it can only keep more).
    /// </summary>
    public static bool IsRead(ReadOnlySpan<char> element, ReadOnlySpan<char> attribute) =>
        NamesBySpan.Contains(attribute)
        || attribute.Equals("href", StringComparison.OrdinalIgnoreCase) && element.Equals("link", StringComparison.OrdinalIgnoreCase);
}
