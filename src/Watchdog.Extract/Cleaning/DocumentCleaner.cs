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

    private static readonly HashSet<string> NeverContentTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "source", "track", "map", "input", "select", "option", "button", "textarea", "label", "link",
        "meta", "dialog", "nav", "aside", "menu", "noscript", "math", "head",
    };

    // Structural furniture that some sites also wrap the whole page in (ASP.NET puts everything in a <form>).
    private static readonly HashSet<string> LayoutTags = new(StringComparer.OrdinalIgnoreCase) { "footer", "form", "header" };

    /// <summary>
    /// Removes what cannot be article text and returns the elements that look like layout furniture
    /// but were kept, because some templates put the article itself inside one ("widget Blog").
    /// Whether such an element is furniture is decided later, by where the article turns out to be.
    /// </summary>
    public static IReadOnlySet<IElement> Clean(IElement body)
    {
        RemoveWhere(body, element => NeverContentTags.Contains(element.LocalName) || IsHidden(element));
        // Measured after the first pass, so script and style text do not inflate the page.
        var pageTextLength = Math.Max(1, body.TextContent.Length);
        var layout = new HashSet<IElement>(new ElementIdentity());
        RemoveWhere(body, element =>
        {
            var kind = ClassifyByName(element);
            if (kind == FurnitureKind.None && LayoutTags.Contains(element.LocalName)) kind = FurnitureKind.Layout;
            if (kind == FurnitureKind.Layout) layout.Add(element);
            return kind == FurnitureKind.Furniture && element.TextContent.Length < pageTextLength * MaxFurnitureShareOfPage;
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

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private enum FurnitureKind { None, Furniture, Layout }

    private static FurnitureKind ClassifyByName(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && Array.IndexOf(BoilerplateVocabulary.FurnitureRoles, role.Trim().ToLowerInvariant()) >= 0)
            return FurnitureKind.Layout;
        var names = ClassAndId(element);
        if (names.Length == 0 || BoilerplateVocabulary.ContainsAny(names, BoilerplateVocabulary.Content)) return FurnitureKind.None;
        if (BoilerplateVocabulary.ContainsAny(names, BoilerplateVocabulary.Furniture)) return FurnitureKind.Furniture;
        return BoilerplateVocabulary.ContainsAny(names, BoilerplateVocabulary.Layout) ? FurnitureKind.Layout : FurnitureKind.None;
    }

    /// <summary>The element's class and id, space-separated.</summary>
    public static string ClassAndId(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(cls)) return id ?? "";
        return string.IsNullOrEmpty(id) ? cls : cls + " " + id;
    }
}
