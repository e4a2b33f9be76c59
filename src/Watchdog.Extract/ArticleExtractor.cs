using System.Diagnostics;
using AngleSharp.Html.Dom;
using Watchdog.Core.Articles;
using Watchdog.Core.Text;
using Watchdog.Extract.Classification;
using Watchdog.Extract.Cleaning;
using Watchdog.Extract.Metadata;
using Watchdog.Extract.Output;
using Watchdog.Extract.Parsing;
using Watchdog.Extract.Scoring;

namespace Watchdog.Extract;

/// <summary>
/// HTML page → article. The cascade:
/// 1. Parse (AngleSharp, HTML5 rules) after cutting scripts, styles and comments out as raw text and
///    capping nesting depth; pages over <see cref="ExtractionOptions.MaxHtmlLength"/> are cut.
/// 2. Read metadata from the untouched document (JSON-LD, meta tags, time elements, visible dates, URL).
/// 3. Clean: drop code, media, hidden elements and furniture known by tag, role or class/id vocabulary.
/// 4. Collect text blocks in document order with their link density and role.
/// 5. Weigh blocks: prose for, link lists and scraps against; furniture-named regions discounted.
/// 6. Select the container with the largest total weight (schema.org articleBody markup as a prior),
///    narrowed to the &lt;article&gt;/&lt;main&gt; inside it that holds most of its prose, and widened to
///    siblings that continue it past an inline ad or embed.
/// 7. Filter inside it: drop furniture sub-elements, link blocks, the title, and scraps, bylines and datelines at the edges.
/// 8. Render plain text and minimal HTML; classify the page kind.
/// The time budget is checked between steps; when it runs out, what was found so far is returned with a Problem.
/// </summary>
public static class ArticleExtractor
{
    public static ExtractedArticle Extract(string html, Uri url) => Extract(html, url, ExtractionOptions.Default);

    /// <summary>Decodes the body with the charset from the Content-Type header, a BOM, a meta tag or sniffing, then extracts.</summary>
    public static ExtractedArticle Extract(ReadOnlySpan<byte> body, string? contentType, Uri url, ExtractionOptions? options = null) =>
        Extract(CharsetDecoder.Decode(body, contentType).Text, url, options ?? ExtractionOptions.Default);

    public static ExtractedArticle Extract(string html, Uri url, ExtractionOptions options)
    {
        var clock = Stopwatch.StartNew();

        // 1. Parse
        var truncated = html.Length > options.MaxHtmlLength;
        var source = truncated ? html[..options.MaxHtmlLength] : html;
        var problem = truncated ? $"the page is longer than {options.MaxHtmlLength} characters; the rest was not read" : null;
        var markup = NestingLimiter.Limit(MarkupPrefilter.Strip(source));
        IHtmlDocument document;
        try
        {
            document = PageParser.Parse(markup);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // AngleSharp's tree builder fails on a few malformed pages (e.g. "<p><select><xmp></xmp><select>>"
            // throws in 1.10.3); that is one bad page, not a reason to fail the caller.
            return new ExtractedArticle { Kind = PageKind.Unknown, Problem = $"the HTML parser failed on this page ({ex.GetType().Name}: {ex.Message})" };
        }

        // 2. Metadata
        var metadata = MetadataReader.Read(document, url);
        var result = metadata.Fields with { Problem = problem };
        if (document.Body is not { } body || !body.HasChildNodes)
        {
            return result with { Kind = PageKind.Unknown, Problem = problem ?? "the page has no body" };
        }
        if (OverBudget(clock, options, "parsing", ref result)) return result;

        // 3. Clean
        var layoutElements = DocumentCleaner.Clean(body);

        // 4. Collect
        var layout = BlockCollector.Collect(body, layoutElements);
        if (OverBudget(clock, options, "cleaning", ref result)) return result;

        // 5. Weigh
        var parameters = options.Parameters;
        var page = ScoredPage.From(layout, BlockWeigher.Weigh(layout, metadata.JsonLd.Body, parameters), parameters);

        // 6. Select
        var selection = ArticleSelection.Choose(page);
        if (OverBudget(clock, options, "scoring", ref result)) return result;

        // 7. Filter
        IReadOnlyList<TextBlock> kept = [];
        if (selection is { } chosen)
        {
            var keep = BlockFilter.SelectKept(page, chosen.Container, chosen.Parts, metadata.Fields.Title);
            kept = layout.Blocks.Where((_, i) => keep[i]).ToList();
        }

        // 8. Render and classify
        var text = TextRenderer.Render(kept);
        return result with
        {
            Text = text,
            Html = kept.Count == 0 ? null : HtmlRenderer.Render(kept),
            Kind = PageKindClassifier.Classify(Signals(url, document.Title, metadata, page, kept, text)),
            Problem = problem ?? (kept.Count == 0 ? "no article text found" : null),
        };
    }

    private static bool OverBudget(Stopwatch clock, ExtractionOptions options, string step, ref ExtractedArticle result)
    {
        if (clock.Elapsed <= options.TimeBudget) return false;
        result = result with
        {
            Kind = PageKind.Unknown,
            Problem = $"time budget of {options.TimeBudget.TotalMilliseconds:F0} ms used up after {step} ({clock.Elapsed.TotalMilliseconds:F0} ms); no text extracted",
        };
        return true;
    }

    private static PageSignals Signals(Uri url, string? title, PageMetadata metadata, ScoredPage page, IReadOnlyList<TextBlock> kept, string text)
    {
        var pageText = 0;
        var pageLinks = 0;
        var linkBlocks = 0;
        foreach (var block in page.Blocks)
        {
            pageText += block.Length;
            pageLinks += block.LinkLength;
            if (block.LinkDensity > BlockWeigher.MaxProseLinkDensity) linkBlocks++;
        }
        var paragraphs = kept.Count(b => b.Length >= BlockWeigher.MinProseLength && b.Kind != BlockKind.Heading);
        var headings = string.Join(" | ", title, page.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1)?.Text);
        return new PageSignals(url, text.Length, paragraphs, pageText, pageLinks, linkBlocks, metadata.DeclaresArticle, headings);
    }
}
