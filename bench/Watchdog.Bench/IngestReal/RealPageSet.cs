using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Watchdog.Analysis.Languages;
using Watchdog.Core.Articles;
using Watchdog.Extract;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// Real-size article pages made from the real pages of ../shared/data/extraction, as many as asked and none a duplicate:
/// page n keeps the whole markup of one real page (head, scripts, navigation, footer: the bytes a crawler fetches) and
/// puts into each of its article paragraphs a paragraph drawn at random (seeded by n) from the hand-written article
/// bodies of every page in the same language, and into its title and heading a title of its own. Two pages share a
/// paragraph only by chance (the pool holds thousands), so neither the store's content hash, nor the SimHash of stories,
/// nor the story clusterer treats one as a reprint of another. Canonical links and og:url are dropped from the markup and
/// the JSON-LD's "url" values emptied, since every variant of one real page would otherwise claim the same canonical URL.
/// </summary>
public sealed partial class RealPageSet
{
    /// <summary>Shorter lines of a hand-written body are captions, bylines and headings, not paragraphs.</summary>
    private const int MinParagraphChars = 60;

    /// <summary>A real page whose markup holds fewer article paragraphs than this cannot be varied enough.</summary>
    private const int MinSlotsPerPage = 3;

    /// <summary>A language with fewer real pages than this has too small a pool: its variants would be near-duplicates.</summary>
    private const int MinPagesPerLanguage = 3;

    private readonly IReadOnlyList<PageTemplate> _templates;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _pools;

    private RealPageSet(IReadOnlyList<PageTemplate> templates, IReadOnlyDictionary<string, IReadOnlyList<string>> pools, string description)
    {
        _templates = templates;
        _pools = pools;
        Description = description;
    }

    public string Description { get; }

    public double MeanTemplateBytes => _templates.Average(t => t.ApproximateBytes);

    public static RealPageSet Load(string extractionFolder)
    {
        var truth = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(extractionFolder, "ground-truth.json")))!;
        var pages = truth.Keys.Order(StringComparer.Ordinal)
            .Select(id => (Id: id, Html: ReadGzip(Path.Combine(extractionFolder, "html", id + ".html.gz")), Body: truth[id].GetProperty("articleBody").GetString() ?? ""))
            .Select(p => (p.Id, p.Html, p.Body, Language: LanguageDetector.Default.Detect(p.Body)))
            .ToList();
        var languages = pages.GroupBy(p => p.Language).Where(g => g.Count() >= MinPagesPerLanguage).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var pools = pages.Where(p => languages.Contains(p.Language)).GroupBy(p => p.Language)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(p => Paragraphs(p.Body)).Distinct(StringComparer.Ordinal).Select(p => WebUtility.HtmlEncode(p))], StringComparer.Ordinal);
        var templates = new List<PageTemplate>();
        var rejected = new List<string>();
        foreach (var page in pages.Where(p => languages.Contains(p.Language)))
        {
            var template = PageTemplate.From(page.Id, page.Html, page.Language);
            var problem = template.Slots < MinSlotsPerPage ? "too few paragraphs in <p>" : WhyVariantsAlike(template, pools[page.Language]);
            if (problem is null) templates.Add(template);
            else rejected.Add(problem);
        }
        var byLanguage = string.Join(", ", templates.GroupBy(t => t.Language).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        var left = pages.Count(p => !languages.Contains(p.Language));
        var description = $"real: the markup of {templates.Count} of the {pages.Count} real pages of ../shared/data/extraction ({byLanguage}; " +
                          $"{left} in languages with fewer than {MinPagesPerLanguage} pages and {rejected.Count} whose variants the extractor could not tell apart left out: " +
                          $"{string.Join(", ", rejected.GroupBy(r => r).Select(g => $"{g.Key} {g.Count()}"))}), " +
                          $"each page's article paragraphs replaced by paragraphs drawn at random from the hand-written bodies of its language's pages " +
                          $"({string.Join(", ", pools.Select(p => $"{p.Key}: {p.Value.Count} paragraphs"))}), its title and heading made unique, canonical links dropped";
        return new RealPageSet(templates, pools, description);
    }

    /// <summary>Page <paramref name="n"/> of the set: deterministic, different from every other page.</summary>
    public string Page(int n)
    {
        var template = _templates[n % _templates.Count];
        var pool = _pools[template.Language];
        var random = new Random(n);
        var paragraphs = Enumerable.Range(0, template.Slots).Select(_ => pool[random.Next(pool.Count)]).ToList();
        return template.Render(paragraphs, Title(WebUtility.HtmlDecode(paragraphs[0]), n));
    }

    /// <summary>The first words of the page's first paragraph and its number: unique, and real words for search.</summary>
    private static string Title(string firstParagraph, int n)
    {
        var words = firstParagraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8);
        return FormattableString.Invariant($"{string.Join(' ', words)} — {n}");
    }

    /// <returns>Why two variants of the template would not be two distinct articles; null when they would.</returns>
    private static string? WhyVariantsAlike(PageTemplate template, IReadOnlyList<string> pool)
    {
        var url = new Uri("http://127.0.0.1/news/0");
        var variants = new[] { 0, 1 }.Select(seed =>
        {
            var random = new Random(seed);
            var paragraphs = Enumerable.Range(0, template.Slots).Select(_ => pool[random.Next(pool.Count)]).ToList();
            return ArticleExtractor.Extract(template.Render(paragraphs, Title(WebUtility.HtmlDecode(paragraphs[0]), seed)), url);
        }).ToList();
        if (variants.Any(v => v.Kind != PageKind.Article || string.IsNullOrEmpty(v.Text))) return "not an article to the extractor";
        if (variants.Any(v => v.CanonicalUrl is not null && v.CanonicalUrl != url)) return "a canonical URL left in the markup";
        return variants[0].Text == variants[1].Text ? "the article text not in the <p> replaced" : null;
    }

    private static IEnumerable<string> Paragraphs(string body) =>
        body.Split('\n').Select(line => line.Trim()).Where(line => line.Length >= MinParagraphChars);

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>One real page cut into its fixed markup and the places its paragraphs and title go.</summary>
    private sealed partial class PageTemplate
    {
        private readonly IReadOnlyList<(string Markup, Slot After)> _parts;

        private PageTemplate(string id, string language, IReadOnlyList<(string Markup, Slot After)> parts)
        {
            Id = id;
            Language = language;
            _parts = parts;
            Slots = parts.Count(p => p.After == Slot.Paragraph);
            ApproximateBytes = parts.Sum(p => Encoding.UTF8.GetByteCount(p.Markup));
        }

        public string Id { get; }
        public string Language { get; }
        public int Slots { get; }
        public long ApproximateBytes { get; }

        public static PageTemplate From(string id, string html, string language)
        {
            html = CanonicalMarkup().Replace(html, "");
            html = JsonLdMarkup().Replace(html, script => JsonLdUrl().Replace(script.Value, "\"url\": \"\""));
            var parts = new List<(string, Slot)>();
            var at = 0;
            foreach (Match match in SlotMarkup().Matches(html))
            {
                var inner = match.Groups["inner"];
                Slot slot;
                if (match.Groups["title"].Success) slot = Slot.Title;
                else if (WebUtility.HtmlDecode(TagMarkup().Replace(inner.Value, "")).Trim().Length >= MinParagraphChars) slot = Slot.Paragraph;
                else continue;
                parts.Add((html[at..inner.Index], slot));
                at = inner.Index + inner.Length;
            }
            parts.Add((html[at..], Slot.None));
            return new PageTemplate(id, language, parts);
        }

        public string Render(IReadOnlyList<string> paragraphs, string title)
        {
            var text = new StringBuilder((int)ApproximateBytes + paragraphs.Sum(p => p.Length));
            var next = 0;
            var encodedTitle = WebUtility.HtmlEncode(title);
            foreach (var (markup, slot) in _parts)
            {
                text.Append(markup);
                if (slot == Slot.Paragraph) text.Append(paragraphs[next++]);
                else if (slot == Slot.Title) text.Append(encodedTitle);
            }
            return text.ToString();
        }

        private enum Slot { None, Paragraph, Title }

        // <title>, <h1> and <p> elements (not nested in one another in these pages); their content is the slot.
        [GeneratedRegex(@"<(?<title>title|h1)\b[^>]*>(?<inner>.*?)</\k<title>\s*>|<p\b[^>]*>(?<inner>.*?)</p\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex SlotMarkup();

        [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
        private static partial Regex TagMarkup();

        [GeneratedRegex(@"<link\b[^>]*\bcanonical\b[^>]*>|<meta\b[^>]*\bog:url\b[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex CanonicalMarkup();

        [GeneratedRegex(@"<script\b[^>]*ld\+json[^>]*>.*?</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex JsonLdMarkup();

        // The page's URL in its JSON-LD, which the extractor takes for the canonical URL when there is no link or og:url.
        [GeneratedRegex(@"""url""\s*:\s*""[^""]*""", RegexOptions.IgnoreCase)]
        private static partial Regex JsonLdUrl();
    }
}
