namespace Watchdog.Extract.Metadata;

/// <summary>The page's &lt;meta&gt; values by lower-cased name or property (first one wins), and its &lt;link rel&gt; targets.</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _links = new(StringComparer.OrdinalIgnoreCase);

    public static MetaTags Read(MetadataElements elements)
    {
        var tags = new MetaTags();
        foreach (var meta in elements.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content)) continue;
            tags._values.TryAdd(key.Trim(), content.Trim());
        }
        foreach (var link in elements.Links)
        {
            var rel = link.GetAttribute("rel");
            var href = link.GetAttribute("href");
            if (string.IsNullOrWhiteSpace(rel) || string.IsNullOrWhiteSpace(href)) continue;
            foreach (var relation in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries)) tags._links.TryAdd(relation, href.Trim());
        }
        return tags;
    }

    /// <summary>The first of the given keys that the page has a value for.</summary>
    public string? First(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value)) return value;
        }
        return null;
    }

    public string? Link(string rel) => _links.GetValueOrDefault(rel);
}
