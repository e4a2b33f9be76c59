using AngleSharp.Dom;
using Watchdog.Extract.Cleaning;
using Watchdog.Extract.Dates;

namespace Watchdog.Extract.Metadata;

/// <summary>
/// The elements that metadata is read from, each list in document order, gathered in one walk over
/// the document: a selector query per kind of element would walk the whole document again each time.
/// Attribute tests follow CSS selector rules as AngleSharp applies them, so the lists hold what these
/// queries would return: <c>meta</c>, <c>link</c>, <c>script[type*='ld+json' i]</c>, the first <c>h1</c>,
/// <c>[itemprop~='author'], [rel~='author'], .byline, .author-name, .author</c>,
/// <c>[itemprop~='datePublished']</c>, <c>[itemprop~='dateModified']</c>, <c>time</c>, and
/// <c>[class*='date' i], [class*='time' i], [class*='publish' i], [id*='date' i], [class*='meta' i]</c>.
/// </summary>
public sealed class MetadataElements
{
    private static readonly string[] BylineClasses = ["byline", "author-name", "author"];
    private static readonly string[] DateClassParts = ["date", "time", "publish", "meta"];

    private readonly List<IElement> _metas = [];
    private readonly List<IElement> _links = [];
    private readonly List<IElement> _jsonLdScripts = [];
    private readonly List<IElement> _authorCandidates = [];
    private readonly List<IElement> _datePublishedItems = [];
    private readonly List<IElement> _dateModifiedItems = [];
    private readonly List<IElement> _timeElements = [];
    private readonly List<IElement> _dateLookingElements = [];

    public IReadOnlyList<IElement> Metas => _metas;
    public IReadOnlyList<IElement> Links => _links;
    public IReadOnlyList<IElement> JsonLdScripts => _jsonLdScripts;
    public IElement? FirstHeading { get; private set; }
    public IReadOnlyList<IElement> AuthorCandidates => _authorCandidates;
    public IReadOnlyList<IElement> DatePublishedItems => _datePublishedItems;
    public IReadOnlyList<IElement> DateModifiedItems => _dateModifiedItems;
    public IReadOnlyList<IElement> TimeElements => _timeElements;

    /// <summary>
    /// Date-looking elements whose visible text may hold the date, at most
    /// <see cref="PublicationDateFinder.MaxDateElements"/>; the root, body, scripts and styles never count.
    /// </summary>
    public IReadOnlyList<IElement> DateLookingElements => _dateLookingElements;

    public static MetadataElements Collect(IDocument document)
    {
        var found = new MetadataElements();
        if (document.DocumentElement is not { } root) return found;
        found.Add(root);
        ElementWalk.Visit(root, element =>
        {
            found.Add(element);
            return true;
        });
        return found;
    }

    private void Add(IElement element)
    {
        // One pass over the attributes instead of a GetAttribute call (a scan of them) per name.
        string? itemProp = null, cls = null, rel = null, id = null, type = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "itemprop": itemProp ??= attribute.Value; break;
                case "class": cls ??= attribute.Value; break;
                case "rel": rel ??= attribute.Value; break;
                case "id": id ??= attribute.Value; break;
                case "type": type ??= attribute.Value; break;
            }
        }

        var tag = element.LocalName;
        switch (tag)
        {
            case "meta":
                _metas.Add(element);
                break;
            case "link":
                _links.Add(element);
                break;
            case "script" when type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                _jsonLdScripts.Add(element);
                break;
            case "time":
                _timeElements.Add(element);
                break;
            case "h1":
                FirstHeading ??= element;
                break;
        }

        if (AttributeTokens.Contains(itemProp, "author", StringComparison.Ordinal)
            || AttributeTokens.Contains(rel, "author", StringComparison.OrdinalIgnoreCase)
            || AttributeTokens.ContainsAny(cls, BylineClasses))
        {
            _authorCandidates.Add(element);
        }
        if (AttributeTokens.Contains(itemProp, "datePublished", StringComparison.Ordinal)) _datePublishedItems.Add(element);
        if (AttributeTokens.Contains(itemProp, "dateModified", StringComparison.Ordinal)) _dateModifiedItems.Add(element);

        if (_dateLookingElements.Count < PublicationDateFinder.MaxDateElements
            && tag is not ("html" or "body" or "script" or "style")
            && (ContainsAnyIgnoringCase(cls, DateClassParts) || id is not null && id.Contains("date", StringComparison.OrdinalIgnoreCase)))
        {
            _dateLookingElements.Add(element);
        }
    }

    private static bool ContainsAnyIgnoringCase(string? value, string[] parts)
    {
        if (value is null) return false;
        foreach (var part in parts)
        {
            if (value.Contains(part, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
