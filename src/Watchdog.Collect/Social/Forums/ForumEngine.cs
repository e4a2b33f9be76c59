namespace Watchdog.Collect.Social.Forums;

/// <summary>
/// Where one forum engine puts the parts of a post in a thread page. Each list is tried in order and the first match
/// wins; an author selector "@attr" reads that attribute of the post's own element.
/// </summary>
/// <param name="PostsNest">Posts may hold other posts (schema.org replies inside the opening post); otherwise a post
/// inside another is a theme marking one post twice, and only the outer counts.</param>
internal sealed record ForumEngine(
    string Name, string Posts, string[] Author, string[] Time, string[] Body, string[] Permalink, string Next, bool PostsNest = false);

/// <summary>
/// The engines whose thread pages are read, from their stock themes (XenForo 1 and 2, IP.Board 3 and 4, vBulletin 3–5,
/// SMF 2.0 and 2.1, phpBB 3 prosilver), and schema.org microdata, which many themes and other engines add. Specific
/// engines come first; the one that finds the most posts with text is used.
/// </summary>
internal static class ForumEngines
{
    public static readonly ForumEngine[] All =
    [
        new("xenforo",
            Posts: "article.message--post, article.message[data-author], li.message[data-author]",
            Author: ["@data-author", ".message-name .username", ".messageUserInfo .username", ".userText .username"],
            Time: [".message-attribution-main time", ".message-attribution time", "time.u-dt", ".messageMeta .DateTime", ".DateTime"],
            Body: [".message-body .bbWrapper", ".bbWrapper", ".messageText"],
            Permalink: [".message-attribution-main a[href*='post']", ".message-attribution a[href*='post']", "a.datePermalink", "a[href*='/posts/']"],
            Next: "a.pageNav-jump--next, .PageNav a.text[href*='page-']"),
        new("ipboard",
            Posts: "article.ipsComment, article[id^='elComment_'], article.ipsEntry--post, div.post_block[id^='post_id_']",
            Author: [".cAuthorPane_author a", ".cAuthorPane_author", "[itemprop=author] [itemprop=name]", ".author_info .author", ".author"],
            Time: ["time[datetime]", "abbr.published[title]", ".posted_info abbr"],
            Body: ["[data-role=commentContent]", ".ipsType_richText", ".post.entry-content", ".post_body .post"],
            Permalink: ["a[href*='findComment']", "a[href*='comment=']", "a[href*='#entry']", "a[rel=bookmark]"],
            Next: "li.ipsPagination_next a, li.next a"),
        new("vbulletin",
            Posts: "li.b-post[data-node-id]",
            Author: [".b-post__author .author a", ".author a", "[itemprop=author] [itemprop=name]", "[itemprop=author]"],
            Time: ["time[datetime]", ".b-post__timestamp"],
            Body: [".js-post__content-text", ".b-post__content"],
            Permalink: ["a.b-post__count", "a[href*='#post']"],
            Next: "a.right-arrow, a.js-pagenav-next-button"),
        new("vbulletin",
            Posts: "li.postbitlegacy, li.postbit, li.postcontainer, table.tborder[id^='post'], div[id^='edit'] > table[id^='post']",
            Author: ["a.username", ".username", "a.bigusername", ".bigusername"],
            Time: [".postdate .date", "span.date", ".postdate", "td.thead"],
            Body: ["div[id^='post_message_']", "blockquote.postcontent", ".postcontent"],
            Permalink: ["a.postcounter", "a[href*='showpost.php']", "a[href*='#post']", "a[name^='post']"],
            Next: ".pagenav a[title^='Next'], .pagination a[rel=next], a[rel=next]"),
        new("smf",
            Posts: "div.post_wrapper",
            Author: [".poster h4 a", ".poster h4"],
            Time: [".keyinfo .smalltext", ".postinfo .smalltext", ".keyinfo", ".postinfo"],
            Body: [".post .inner", "div.inner[id^='msg_']", ".post"],
            Permalink: [".keyinfo h5 a", ".subject a", "a.smalltext[href*='msg']", "a[href*='#msg']"],
            Next: ".pagelinks a.nav_page[rel=next], .pagelinks strong + a.navPages, .pagesection .pagelinks strong + a"),
        new("phpbb",
            Posts: "div.post[id^='p'], div.post.bg1, div.post.bg2, div.post",
            Author: [".author .username", ".author .username-coloured", ".postprofile .username", ".postprofile .username-coloured", ".author strong a", ".author strong", ".postprofile dt a"],
            Time: [".author time", "p.author", ".post-time"],
            Body: [".postbody .content", ".content"],
            Permalink: [".author a[href*='#p']", "h3 a[href*='#p']", "a[href*='viewtopic.php?p=']", "a[href*='#p']"],
            Next: ".pagination a.next, .pagination li.next a, .pagination a.arrow-right"),
        new("forum",
            Posts: "[itemtype$='DiscussionForumPosting'], [itemtype$='/Comment'], [itemtype$='SocialMediaPosting']",
            Author: ["[itemprop=author] [itemprop=name]", "[itemprop=author]"],
            Time: ["[itemprop=datePublished]", "[itemprop=dateCreated]", "time[datetime]"],
            Body: ["[itemprop=text]:not(meta)", "[itemprop=articleBody]:not(meta)", "meta[itemprop=text]"],
            Permalink: ["a[itemprop=url]", "[itemprop=url]"],
            Next: "a[rel=next]",
            PostsNest: true),
    ];

    /// <summary>Quotes of other posts inside a post: not the poster's own words, so left out of its text.</summary>
    public const string Quotes =
        ".bbCodeBlock--quote, .bbCodeQuote, blockquote.quote, div.quotecontent, .ipsQuote, blockquote.ipsQuote, .bbc_standard_quote, " +
        ".quoteheader, .quotefooter, div.bbcode_container, .bbcode_quote, blockquote.uncited, aside.quote";

    /// <summary>Link texts that mean "next page" where an engine's own next-page control is not recognised.</summary>
    public static readonly HashSet<string> NextWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "next", "next ›", "next »", "next page", "›", "»", ">", "далее", "след.", "следующая", "вперёд", "вперед", "келесі",
    };
}
