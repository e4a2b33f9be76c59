using System.Globalization;
using Watchdog.Core.Articles;

namespace Watchdog.Storage.Search;

/// <summary>
/// The values <c>source:</c> matches an article by, as index keys: the host of its address, its site name and its source
/// id, each lower-cased and with every shorter name after a dot, so that <c>source:example.kz</c> finds
/// <c>news.example.kz</c> by one exact lookup — the same rule the standing-query matcher applies.
/// </summary>
public static class ArticleSourceNames
{
    public static IReadOnlyList<string> Of(Article article)
    {
        var names = new List<string> { article.Url.Host, article.SourceId.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(article.SiteName)) names.Add(article.SiteName);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names) AddWithParents(Key(name), keys);
        return [.. keys];
    }

    /// <summary>How a name, and the value of a <c>source:</c> filter, is compared.</summary>
    public static string Key(string name) => name.Trim().ToLowerInvariant();

    private static void AddWithParents(string name, HashSet<string> keys)
    {
        if (name.Length == 0) return;
        keys.Add(name);
        for (var dot = name.IndexOf('.', StringComparison.Ordinal); dot >= 0 && dot + 1 < name.Length; dot = name.IndexOf('.', dot + 1))
            keys.Add(name[(dot + 1)..]);
    }
}
