using System.Buffers;

namespace Watchdog.Extract.Cleaning;

/// <summary>
/// Class/id/role vocabulary that marks page furniture, as named data. Matching is by case-insensitive
/// substring of the class and id, the way readability does it, because sites glue words together
/// ("sharebar", "relatedposts"); the positive list vetoes a match so wrappers such as
/// "article-sidebar-layout" survive.
/// </summary>
public static class BoilerplateVocabulary
{
    /// <summary>
    /// Words in a class or id that mark furniture whatever it holds: comments, sharing, promotions,
    /// recommendations, consent banners.
    /// </summary>
    public static readonly string[] FurnitureWords =
    [
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscribe",
        "subscription", "promo", "advert", "sponsor", "cookie", "consent", "gdpr", "popup", "modal",
        "breadcrumb", "pagination", "pager", "skip-link", "signup", "sign-up", "outbrain", "taboola",
        "trending", "most-popular", "mostpopular", "most-read", "mostread", "read-more", "readmore",
        "more-stories", "author-bio", "authorbio", "paywall", "ad-container", "ad-slot", "adslot",
        "ad-wrapper", "advertisement", "print-only", "visually-hidden", "sr-only", "screen-reader",
    ];

    /// <summary>
    /// Words that usually mark layout furniture but that some templates also put on the article's
    /// own wrapper ("widget Blog", "main-sidebar-layout"): such an element goes only when it holds
    /// no paragraph of prose.
    /// </summary>
    public static readonly string[] LayoutWords =
    [
        "sidebar", "footer", "navbar", "navigation", "menu", "masthead", "widget", "banner", "toolbar",
        "tags", "tag-list", "byline", "dateline", "caption", "credit", "hidden", "login", "header",
    ];

    /// <summary>Words that veto a furniture match: the element may well be (or wrap) the article.</summary>
    public static readonly string[] ContentWords =
    [
        "article", "content", "story", "entry", "post-body", "postbody", "main", "body", "text",
    ];

    /// <summary>
    /// Phrases of the calls to action that sites append to articles (subscribe, follow, send a tip),
    /// in English, Russian and Kazakh. Only short blocks at the very end of an article are checked.
    /// </summary>
    public static readonly string[] PromotionPhrases =
    [
        "subscribe", "newsletter", "sign up", "follow us", "follow him", "follow her", "follow me", "join our",
        "have a tip", "may be reached at", "can be reached at", "all rights reserved", "click here",
        "подписывайтесь", "подпишитесь", "читайте также", "читайте нас", "следите за новостями", "наш канал",
        "все права защищены", "при перепечатке", "жазылыңыз", "арнамызға", "құқықтар қорғалған", "көшіргенде сілтеме", "©",
    ];

    /// <summary>
    /// Labels that ad slots leave in the text, anywhere in an article ("Advertisement", "Story continues below
    /// advertisement", "Реклама", "Жарнама"). Only blocks no longer than a label are checked.
    /// </summary>
    public static readonly string[] AdLabelPhrases =
    [
        "advertisement", "advertising", "sponsored content", "story continues below", "article continues below",
        "continue reading below", "scroll to continue", "реклама", "жарнама",
    ];

    /// <summary>ARIA roles of page furniture.</summary>
    public static readonly string[] FurnitureRoles =
    [
        "navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "menu", "menubar",
        "search", "toolbar", "tablist",
    ];

    // Multi-string searchers, built once: every element's class and id is checked against these.
    public static readonly SearchValues<string> Furniture = SearchValues.Create(FurnitureWords, StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> Layout = SearchValues.Create(LayoutWords, StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> Content = SearchValues.Create(ContentWords, StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> Promotion = SearchValues.Create(PromotionPhrases, StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> AdLabel = SearchValues.Create(AdLabelPhrases, StringComparison.OrdinalIgnoreCase);

    public static bool ContainsAny(ReadOnlySpan<char> haystack, SearchValues<string> words) => haystack.IndexOfAny(words) >= 0;
}
