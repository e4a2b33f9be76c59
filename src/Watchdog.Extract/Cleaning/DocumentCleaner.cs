using System.Buffers;
using AngleSharp.Dom;

namespace Watchdog.Extract.Cleaning;

/// <summary>
/// Removes what can never be article text before scoring: code, media, forms controls, hidden
/// elements, and page furniture recognised by tag, ARIA role or class/id vocabulary.
/// </summary>
public static class DocumentCleaner
{
    /// <summary>
    /// A furniture-looking element holding more than this share of the page's text is kept: it is
    /// more likely a layout wrapper with an unlucky class name than a share bar.
    /// </summary>
    public const double MaxFurnitureShareOfPage = 0.4;

    // Element names come lower-cased from the HTML parser (foreign elements keep SVG's camel case, none of which is listed).
    private static readonly HashSet<string> NeverContentTags = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "source", "track", "map", "input", "select", "option", "button", "textarea", "label", "link",
        "meta", "dialog", "nav", "aside", "menu", "noscript", "math", "head",
    };

    // Structural furniture that some sites also wrap the whole page in (ASP.NET puts everything in a <form>).
    private static readonly HashSet<string> LayoutTags = new(StringComparer.Ordinal) { "footer", "form", "header" };

    /// <summary>
    /// Removes what cannot be article text and returns the elements that look like layout furniture
    /// but were kept, because some templates put the article itself inside one ("widget Blog").
    /// Whether such an element is furniture is decided later, by where the article turns out to be.
    /// </summary>
    /// <summary>
    /// A hidden element holding more than this share of the page's text is the page itself, hidden until a
    /// script reveals it (or marked aria-hidden while a dialog is open), not a collapsed menu.
    /// </summary>
    public const double MaxHiddenShareOfPage = 0.5;

    public static IReadOnlySet<IElement> Clean(IElement body)
    {
        // Measured only when a hidden element is met: most pages hide little.
        var textBeforeCleaning = new Lazy<int>(() => Math.Max(1, TextLength.Of(body)));
        RemoveWhere(body, element => NeverContentTags.Contains(element.LocalName)
            || IsHidden(element) && TextLength.Of(element) <= textBeforeCleaning.Value * MaxHiddenShareOfPage);
        // Measured after the first pass, so script and style text do not inflate the page.
        var pageTextLength = Math.Max(1, TextLength.Of(body));
        var layout = new HashSet<IElement>(new ElementIdentity());
        RemoveWhere(body, element =>
        {
            var kind = ClassifyByName(element);
            if (kind == FurnitureKind.None && LayoutTags.Contains(element.LocalName)) kind = FurnitureKind.Layout;
            if (kind == FurnitureKind.Layout) layout.Add(element);
            return kind == FurnitureKind.Furniture && TextLength.Of(element) < pageTextLength * MaxFurnitureShareOfPage;
        });
        return layout;
    }

    private static void RemoveWhere(IElement root, Func<IElement, bool> predicate) =>
        ElementWalk.Visit(root, element =>
        {
            if (!predicate(element)) return true;
            element.Remove();
            return false;
        });

    // One pass over the attributes instead of a lookup (a scan of them) per name.
    private static bool IsHidden(IElement element)
    {
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var hides = attribute.Name switch
            {
                "hidden" => true,
                "aria-hidden" => string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase),
                "style" => ContainsIgnoringSpaces(attribute.Value, "display:none") || ContainsIgnoringSpaces(attribute.Value, "visibility:hidden"),
                _ => false,
            };
            if (hides) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, with its spaces taken out and lower-cased, contains the lower-case
    /// <paramref name="pattern"/> ("display : None" holds "display:none"); no copy of the text is made.
    /// </summary>
    private static bool ContainsIgnoringSpaces(string text, string pattern)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (text[start] == ' ') continue;
            var matched = 0;
            for (var i = start; i < text.Length && matched < pattern.Length; i++)
            {
                if (text[i] == ' ') continue;
                if (char.ToLowerInvariant(text[i]) != pattern[matched]) break;
                matched++;
            }
            if (matched == pattern.Length) return true;
        }
        return false;
    }

    private enum FurnitureKind { None, Furniture, Layout }

    private static FurnitureKind ClassifyByName(IElement element)
    {
        string? role = null, cls = null, id = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "role": role = attribute.Value; break;
                case "class": cls = attribute.Value; break;
                case "id": id = attribute.Value; break;
            }
        }
        if (role is not null && Array.IndexOf(BoilerplateVocabulary.FurnitureRoles, role.Trim().ToLowerInvariant()) >= 0)
            return FurnitureKind.Layout;
        // Class and id are searched one after the other: no vocabulary word holds a space, so none
        // could match across the two as if they were one string.
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id)) return FurnitureKind.None;
        if (NamesContain(cls, id, BoilerplateVocabulary.Content)) return FurnitureKind.None;
        if (NamesContain(cls, id, BoilerplateVocabulary.Furniture)) return FurnitureKind.Furniture;
        return NamesContain(cls, id, BoilerplateVocabulary.Layout) ? FurnitureKind.Layout : FurnitureKind.None;
    }

    private static bool NamesContain(string? cls, string? id, SearchValues<string> words) =>
        BoilerplateVocabulary.ContainsAny(cls, words) || BoilerplateVocabulary.ContainsAny(id, words);
}
