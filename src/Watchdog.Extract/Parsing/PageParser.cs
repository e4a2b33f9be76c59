using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Watchdog.Extract.Parsing;

/// <summary>
/// AngleSharp set up for reading, not browsing. The default configuration acts on attributes as a
/// browser would while it builds the tree (class lists, link relations that start loading style
/// sheets, base URLs), and every attribute of every element becomes an object; the extractor reads a
/// few attributes and never follows a link, so it builds only those (<see cref="ReadAttributes"/>).
/// Element positions, comments and source references are not kept either.
/// </summary>
public static class PageParser
{
    // A parser owns a browsing context that is costly to build; one per thread is reused.
    private static readonly ThreadLocal<HtmlParser> Parser = new(Create);

    public static IHtmlDocument Parse(string html) => Parser.Value!.ParseDocument(html);

    private static HtmlParser Create()
    {
        // Without attribute observers no class list is kept in step, no base URL followed and no link
        // relation (style sheet, icon) is set up to load.
        var configuration = Configuration.Default.Without<IAttributeObserver>();
        var options = new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = false,
            DisableElementPositionTracking = true,
            SkipComments = true,
            ShouldEmitAttribute = IsKept,
        };
        return new HtmlParser(options, BrowsingContext.New(configuration));
    }

    private static bool IsKept(ref StructHtmlToken token, ReadOnlyMemory<char> name) => ReadAttributes.IsRead(token.Name, name.Span);
}
