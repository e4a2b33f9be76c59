namespace Watchdog.Extract.Classification;

/// <summary>The general facts about a page that tell an article from a listing, a search or an error page.</summary>
/// <param name="BodyLength">Characters of extracted article text.</param>
/// <param name="BodyParagraphs">Paragraphs of prose in the extracted text.</param>
/// <param name="PageTextLength">Characters of all visible text on the page.</param>
/// <param name="PageLinkLength">Characters of that text that are inside links.</param>
/// <param name="LinkBlocks">Blocks on the page that are mostly link text (headline lists, menus).</param>
/// <param name="DeclaresArticle">og:type "article" or a schema.org Article type in JSON-LD.</param>
/// <param name="Headings">The page's title and h1 text, for error wording.</param>
public sealed record PageSignals(
    Uri Url,
    int BodyLength,
    int BodyParagraphs,
    int PageTextLength,
    int PageLinkLength,
    int LinkBlocks,
    bool DeclaresArticle,
    string Headings)
{
    public double PageLinkDensity => PageTextLength == 0 ? 0 : (double)PageLinkLength / PageTextLength;
}
