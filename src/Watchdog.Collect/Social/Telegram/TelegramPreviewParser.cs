using AngleSharp.Dom;

namespace Watchdog.Collect.Social.Telegram;

/// <summary>
/// Reads the public web preview of a Telegram channel (<c>https://t.me/s/&lt;channel&gt;</c>): one
/// <c>div.tgme_widget_message[data-post="channel/123"]</c> per post, oldest first, with its text, author (the channel,
/// or the signature under the post), time (<c>a.tgme_widget_message_date time[datetime]</c>), views, forwarded-from and
/// links. The "load more" link (<c>?before=</c>) leads to older posts.
/// </summary>
public static class TelegramPreviewParser
{
    public const string Platform = "telegram";

    private static readonly Uri TelegramBase = new("https://t.me/");

    /// <summary>Media blocks a post may carry, by the class Telegram gives them and the name we report.</summary>
    private static readonly (string Selector, string Name)[] MediaKinds =
    [
        (".tgme_widget_message_photo_wrap", "photo"),
        (".tgme_widget_message_video_player, .tgme_widget_message_video", "video"),
        (".tgme_widget_message_roundvideo_player", "video message"),
        (".tgme_widget_message_voice_player, .tgme_widget_message_voice", "voice"),
        (".tgme_widget_message_document_wrap, .tgme_widget_message_document", "document"),
        (".tgme_widget_message_sticker_wrap", "sticker"),
        (".tgme_widget_message_poll", "poll"),
        (".tgme_widget_message_location_wrap", "location"),
    ];

    public static SocialPage Parse(string html, Uri? pageUrl)
    {
        var document = SocialText.ParseDocument(html);
        var baseUrl = pageUrl ?? TelegramBase;
        var channelTitle = Clean(document.QuerySelector(".tgme_channel_info_header_title")?.TextContent)
            ?? Clean(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        var blocks = document.QuerySelectorAll(".tgme_widget_message[data-post]")
            .Where(b => !b.ClassList.Contains("service_message"))
            .ToList();
        if (blocks.Count == 0)
        {
            var problem = document.QuerySelector(".tgme_channel_info, .tgme_page_title, .tgme_widget_message") is null
                ? "not a Telegram channel preview: no div.tgme_widget_message[data-post] blocks (is this a t.me/s/ page, or has its markup changed?)"
                : "the channel preview shows no posts (an empty or private channel, or one whose preview is turned off)";
            return SocialPage.Failed(problem) with { Title = channelTitle };
        }

        var posts = new List<SocialPost>();
        var problems = new List<string>();
        foreach (var block in blocks)
        {
            var post = ReadPost(block, baseUrl, channelTitle);
            if (post is null) { problems.Add($"post block '{block.GetAttribute("data-post")}' has no channel/number id; skipped"); continue; }
            if (post.PublishedAt is null) problems.Add($"post {post.Id} has no <time datetime>");
            posts.Add(post);
        }
        return new SocialPage(posts, problems) { Title = channelTitle, Older = OlderPage(document, baseUrl) };
    }

    private static SocialPost? ReadPost(IElement block, Uri baseUrl, string? channelTitle)
    {
        var dataPost = block.GetAttribute("data-post")!.Trim();
        var slash = dataPost.LastIndexOf('/');
        if (slash <= 0 || !long.TryParse(dataPost[(slash + 1)..], out _)) return null;
        var channel = dataPost[..slash];

        var dateLink = block.QuerySelector("a.tgme_widget_message_date");
        var url = SocialText.Resolve(baseUrl, dateLink?.GetAttribute("href")) ?? new Uri(TelegramBase, dataPost);
        var time = (dateLink?.QuerySelector("time[datetime]") ?? OwnElements(block, "time[datetime]").FirstOrDefault())?.GetAttribute("datetime");

        // A reply quotes the post it answers with the same text class; the post's own text is the one outside that quote.
        var textElement = OwnElements(block, ".tgme_widget_message_text").FirstOrDefault()
            ?? OwnElements(block, ".tgme_widget_message_poll_question").FirstOrDefault()
            // A file sent without a caption: its name is all the post says.
            ?? OwnElements(block, ".tgme_widget_message_document_title").FirstOrDefault();
        var text = textElement is null ? "" : SocialText.TextOf(textElement);
        var links = textElement is null ? new List<Uri>() : SocialText.LinksOf(textElement, baseUrl).ToList();
        if (SocialText.Resolve(baseUrl, block.QuerySelector("a.tgme_widget_message_link_preview")?.GetAttribute("href")) is { } preview && !links.Contains(preview))
            links.Add(preview);

        var owner = Clean(OwnElements(block, ".tgme_widget_message_owner_name, .tgme_widget_message_author_name").FirstOrDefault()?.TextContent);
        var signature = Clean(OwnElements(block, ".tgme_widget_message_from_author").FirstOrDefault()?.TextContent);
        var forwarded = block.QuerySelector(".tgme_widget_message_forwarded_from_name");
        var engagement = new Dictionary<string, long>();
        if (SocialText.ParseCount(block.QuerySelector(".tgme_widget_message_views")?.TextContent) is { } views) engagement[EngagementKeys.Views] = views;
        var reactions = block.QuerySelectorAll(".tgme_widget_message_reactions .tgme_reaction").Select(r => SocialText.ParseCount(r.TextContent)).OfType<long>().ToList();
        if (reactions.Count > 0) engagement[EngagementKeys.Reactions] = reactions.Sum();

        return new SocialPost
        {
            Platform = Platform,
            Id = dataPost,
            Url = url,
            PublishedAt = Parsing.Time(time),
            Author = signature ?? owner ?? channelTitle ?? channel,
            AuthorName = signature is not null ? owner ?? channelTitle : null,
            Text = text,
            Html = textElement?.InnerHtml,
            ForwardedFrom = forwarded is null ? null : Clean(forwarded.TextContent) ?? forwarded.GetAttribute("href"),
            Links = links,
            Media = MediaKinds.Where(m => block.QuerySelector(m.Selector) is not null).Select(m => m.Name).ToList(),
            Engagement = engagement,
        };
    }

    /// <summary>Elements of the post itself, not of the post it replies to.</summary>
    private static IEnumerable<IElement> OwnElements(IElement block, string selector) =>
        block.QuerySelectorAll(selector).Where(e => e.Closest(".tgme_widget_message_reply") is null);

    /// <summary>The "load more" link above the posts; a channel's first page of history has none.</summary>
    private static Uri? OlderPage(IDocument document, Uri baseUrl) =>
        SocialText.Resolve(baseUrl, document.QuerySelector("a.tme_messages_more[data-before], a.js-messages_more[data-before]")?.GetAttribute("href"));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
