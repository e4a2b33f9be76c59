using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Watchdog.Collect.Social.Forums;

/// <summary>
/// Reads one page of a classic forum thread (phpBB, XenForo, vBulletin, SMF, IP.Board, or any theme with schema.org
/// DiscussionForumPosting microdata): per post its author as shown, time, text (quotes of other posts left out) and
/// permalink, and the link to the thread's next page.
/// </summary>
public static partial class ForumThreadParser
{
    /// <param name="platform">The platform to name on the posts instead of the engine (a Discourse forum's HTML view).</param>
    public static SocialPage Parse(string html, Uri? pageUrl, DateTimeOffset now, string? platform = null)
    {
        var document = SocialText.ParseDocument(html);
        var baseUrl = BaseOf(document, pageUrl);
        var (engine, blocks) = ChooseEngine(document);
        if (engine is null)
            return SocialPage.Failed("no forum posts found: the page matches none of the known thread layouts (phpBB div.post, XenForo article.message, " +
                "vBulletin li.postbit, SMF div.post_wrapper, IP.Board article.ipsComment, schema.org DiscussionForumPosting) — not a thread page, or its theme changed");

        var posts = new List<SocialPost>();
        var problems = new List<string>();
        var title = TitleOf(document);
        var position = 0;
        foreach (var block in blocks)
        {
            position++;
            var post = ReadPost(engine, block, baseUrl, now, position) is { } read ? read with { Title = title, Platform = platform ?? read.Platform } : null;
            if (post is null) continue;
            if (post.PublishedAt is null) problems.Add($"post {post.Id}: no time found");
            if (post.Author is null) problems.Add($"post {post.Id}: no author found");
            posts.Add(post);
        }
        return new SocialPage(posts, problems) { Title = title, Next = NextPage(document, engine, baseUrl, pageUrl) };
    }

    /// <summary>The engine whose layout finds the most posts with text; ties go to the more specific (earlier) engine.</summary>
    private static (ForumEngine?, List<IElement>) ChooseEngine(IDocument document)
    {
        ForumEngine? best = null;
        List<IElement> bestBlocks = [];
        foreach (var engine in ForumEngines.All)
        {
            // Posts nested in posts (a theme that marks both wrapper and inner box) count once, as the outer one.
            var blocks = document.QuerySelectorAll(engine.Posts).ToList();
            if (!engine.PostsNest) blocks = blocks.Where(b => !blocks.Any(other => other != b && other.Contains(b))).ToList();
            blocks = blocks.Where(b => OwnFirst(b, engine.Body, engine) is not null).ToList();
            if (blocks.Count > bestBlocks.Count) (best, bestBlocks) = (engine, blocks);
        }
        return (best, bestBlocks);
    }

    private static SocialPost? ReadPost(ForumEngine engine, IElement block, Uri? baseUrl, DateTimeOffset now, int position)
    {
        var body = OwnFirst(block, engine.Body, engine);
        if (body is null) return null;
        // A theme that gives the text only as microdata puts it in a <meta content>.
        var text = body.LocalName == "meta" ? (body.GetAttribute("content") ?? "").Trim() : OwnText(body);
        // A post's link, not its author's profile link (schema.org puts a url in both).
        var permalinkElement = engine.Permalink.SelectMany(block.QuerySelectorAll)
            .FirstOrDefault(e => e.Closest("[itemprop=author]") is null && IsOwn(block, e, engine));
        var permalink = SocialText.Resolve(baseUrl, permalinkElement?.GetAttribute("href") ?? permalinkElement?.GetAttribute("content"));
        var id = IdOf(block, body, permalink) ?? position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (permalink is null && baseUrl is not null && block.Id is { Length: > 0 } anchor) permalink = new Uri(baseUrl, "#" + anchor);
        return new SocialPost
        {
            Platform = engine.Name,
            Id = id,
            Url = permalink,
            PublishedAt = TimeOf(block, engine, now),
            Author = AuthorOf(block, engine),
            Text = text,
            Html = body.InnerHtml,
            Links = SocialText.LinksOf(body, baseUrl),
        };
    }

    private static string OwnText(IElement body)
    {
        var copy = (IElement)body.Clone(deep: true);
        foreach (var quote in copy.QuerySelectorAll(ForumEngines.Quotes).ToList()) quote.Remove();
        foreach (var quote in copy.QuerySelectorAll("blockquote").Where(q => q.QuerySelector("cite") is not null).ToList()) quote.Remove();
        var own = SocialText.TextOf(copy);
        // A post that is nothing but a quote still says something: keep the quote then.
        return own.Length > 0 ? own : SocialText.TextOf(body);
    }

    private static string? AuthorOf(IElement block, ForumEngine engine)
    {
        foreach (var selector in engine.Author)
        {
            var value = selector.StartsWith('@') ? block.GetAttribute(selector[1..]) : ValueOf(block.QuerySelectorAll(selector).FirstOrDefault(e => IsOwn(block, e, engine)));
            if (Clean(value) is { } author) return author;
        }
        return null;
    }

    private static DateTimeOffset? TimeOf(IElement block, ForumEngine engine, DateTimeOffset now)
    {
        foreach (var selector in engine.Time)
        {
            foreach (var element in block.QuerySelectorAll(selector).Where(e => IsOwn(block, e, engine)))
            {
                foreach (var attribute in new[] { "datetime", "data-time", "data-timestamp", "content", "title", "data-date-string" })
                    if (ForumDates.Parse(element.GetAttribute(attribute), now) is { } fromAttribute) return fromAttribute;
                if (ForumDates.Parse(element.TextContent, now) is { } fromText) return fromText;
            }
        }
        return null;
    }

    /// <summary>The number engines put in the post's element ids (p123, post-123, js-post-123, post_123, elComment_123, msg_123…).</summary>
    private static string? IdOf(IElement block, IElement body, Uri? permalink)
    {
        foreach (var element in new[] { block, body })
            foreach (var attribute in new[] { "id", "data-content", "data-node-id", "data-commentid", "data-pid" })
                if (element.GetAttribute(attribute) is { } value && Digits().Match(value) is { Success: true } digits) return digits.Value;
        if (permalink is not null && Digits().Match(permalink.Fragment + permalink.Query) is { Success: true } fromLink) return fromLink.Value;
        return null;
    }

    private static Uri? NextPage(IDocument document, ForumEngine engine, Uri? baseUrl, Uri? pageUrl)
    {
        var candidates = document.QuerySelectorAll($"link[rel=next][href], a[rel=next][href], {engine.Next}")
            .Concat(document.QuerySelectorAll("a[href]").Where(a =>
                ForumEngines.NextWords.Contains(a.TextContent.Trim()) && a.Closest("[class*='pag'], [class*='Pag'], [class*='nav']") is not null));
        foreach (var candidate in candidates)
            if (SocialText.Resolve(baseUrl, candidate.GetAttribute("href")) is { } next && next != pageUrl) return next;
        return null;
    }

    /// <summary>Relative links resolve against the page's address, or when a saved file is read, the address the page names for itself.</summary>
    private static Uri? BaseOf(IDocument document, Uri? pageUrl)
    {
        var declared = document.QuerySelector("base[href]")?.GetAttribute("href")
            ?? document.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        if (pageUrl is { Scheme: "http" or "https" }) return document.QuerySelector("base[href]") is null ? pageUrl : SocialText.Resolve(pageUrl, declared) ?? pageUrl;
        return SocialText.Resolve(null, declared);
    }

    /// <summary>The thread's title: an engine's own title element, else the page's first heading, else its &lt;title&gt;.</summary>
    private static string? TitleOf(IDocument document) =>
        Clean(document.QuerySelector(ThreadTitles)?.TextContent) ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);

    /// <summary>Where phpBB, XenForo, vBulletin, SMF and IP.Board print the thread's title.</summary>
    private const string ThreadTitles = "h2.topic-title, .p-title-value, .threadtitle, #top_subject, .ipsType_pageTitle";

    /// <summary>The first element a selector finds in the post itself, not in a post nested inside it.</summary>
    private static IElement? OwnFirst(IElement post, string[] selectors, ForumEngine engine)
    {
        foreach (var selector in selectors)
            if (post.QuerySelectorAll(selector).FirstOrDefault(e => IsOwn(post, e, engine)) is { } found) return found;
        return null;
    }

    private static bool IsOwn(IElement post, IElement element, ForumEngine engine) =>
        !engine.PostsNest || element.Closest(engine.Posts) == post;

    private static string? ValueOf(IElement? element) => element is null ? null : element.GetAttribute("content") ?? element.TextContent;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
