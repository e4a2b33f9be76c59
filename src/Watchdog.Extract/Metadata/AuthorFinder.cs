using AngleSharp.Dom;
using Watchdog.Extract.Cleaning;

namespace Watchdog.Extract.Metadata;

/// <summary>Finds author names: JSON-LD, then meta tags, then schema.org microdata, rel=author links and byline elements.</summary>
public static class AuthorFinder
{
    /// <summary>Longer "names" are sentences that happen to sit in a byline element.</summary>
    public const int MaxNameLength = 80;

    /// <summary>More than this is a contributors list or a mis-hit, not the article's byline.</summary>
    public const int MaxAuthors = 10;

    private static readonly string[] BylinePrefixes = ["by ", "автор:", "автор ", "авторы:", "текст:", "авторы "];

    public static IReadOnlyList<string> Find(MetadataElements elements, MetaTags meta, JsonLdArticle jsonLd)
    {
        var candidates = new List<string>(jsonLd.Authors);
        if (candidates.Count == 0)
        {
            AddSplit(candidates, meta.First("author", "article:author", "sailthru.author", "parsely-author", "dc.creator"));
        }
        if (candidates.Count == 0)
        {
            foreach (var element in elements.AuthorCandidates)
            {
                var name = NameElement(element)?.TextContent ?? element.TextContent;
                AddSplit(candidates, name);
                if (candidates.Count > 0) break;
            }
        }
        return candidates
            .Select(Normalise)
            .Where(IsPlausibleName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxAuthors)
            .ToList();
    }

    /// <summary>The first descendant marked <c>itemprop="name"</c> (schema.org Person markup), as <c>[itemprop~='name']</c> would find it.</summary>
    private static IElement? NameElement(IElement author)
    {
        IElement? found = null;
        ElementWalk.Visit(author, element =>
        {
            if (found is null && AttributeTokens.Contains(element.GetAttribute("itemprop"), "name", StringComparison.Ordinal)) found = element;
            return found is null;
        });
        return found;
    }

    private static void AddSplit(List<string> candidates, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        foreach (var part in value.Split([",", " and ", " & ", ";", " и "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            candidates.Add(part);
        }
    }

    private static string Normalise(string name)
    {
        var text = TitleCleaner.Collapse(name);
        foreach (var prefix in BylinePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) text = text[prefix.Length..].Trim();
        }
        return text;
    }

    // Profile URLs sit in article:author; a name has letters and no slashes.
    private static bool IsPlausibleName(string name) =>
        name.Length is > 1 and <= MaxNameLength
        && !name.Contains("://", StringComparison.Ordinal)
        && !name.StartsWith('/')
        && name.Any(char.IsLetter);
}
