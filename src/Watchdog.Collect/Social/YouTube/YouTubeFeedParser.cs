using System.Xml;
using System.Xml.Linq;

namespace Watchdog.Collect.Social.YouTube;

/// <summary>
/// Reads a YouTube channel or playlist Atom feed (<c>/feeds/videos.xml?channel_id=</c> or <c>?playlist_id=</c>): per
/// video its id (<c>yt:videoId</c>), link, title, author, time and <c>media:group/media:description</c>, with the view
/// and rating counts of <c>media:community</c>. Only the text: videos are never fetched.
/// </summary>
public static class YouTubeFeedParser
{
    public const string Platform = "youtube";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Yt = "http://www.youtube.com/xml/schemas/2015";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    public static SocialPage Parse(string text, Uri? pageUrl)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return SocialPage.Failed($"not a YouTube feed: the XML is malformed ({e.Message})");
        }
        if (document.Root?.Name != Atom + "feed") return SocialPage.Failed("not a YouTube feed: expected an Atom <feed> (from /feeds/videos.xml)");

        var posts = new List<SocialPost>();
        var problems = new List<string>();
        foreach (var entry in document.Root.Elements(Atom + "entry"))
        {
            var videoId = (string?)entry.Element(Yt + "videoId") ?? ((string?)entry.Element(Atom + "id"))?.Replace("yt:video:", "", StringComparison.Ordinal);
            if (string.IsNullOrWhiteSpace(videoId)) { problems.Add("an entry without yt:videoId was skipped"); continue; }
            var group = entry.Element(Media + "group");
            var community = group?.Element(Media + "community");
            var title = ((string?)entry.Element(Atom + "title"))?.Trim();
            var description = ((string?)group?.Element(Media + "description"))?.Trim();
            var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
            posts.Add(new SocialPost
            {
                Platform = Platform,
                Id = videoId.Trim(),
                Url = SocialText.Resolve(pageUrl, link) ?? new Uri($"https://www.youtube.com/watch?v={Uri.EscapeDataString(videoId.Trim())}"),
                PublishedAt = Parsing.Time((string?)entry.Element(Atom + "published")) ?? Parsing.Time((string?)entry.Element(Atom + "updated")),
                Author = ((string?)entry.Element(Atom + "author")?.Element(Atom + "name"))?.Trim() ?? ((string?)document.Root.Element(Atom + "author")?.Element(Atom + "name"))?.Trim(),
                Title = title,
                Text = string.IsNullOrEmpty(description) ? title ?? "" : description,
                Links = description is null ? [] : UrlsIn(description),
                Media = ["video"],
                Engagement = Parsing.Counts(
                    (EngagementKeys.Views, SocialText.ParseCount((string?)community?.Element(Media + "statistics")?.Attribute("views"))),
                    (EngagementKeys.Likes, SocialText.ParseCount((string?)community?.Element(Media + "starRating")?.Attribute("count")))),
            });
        }
        return new SocialPage(posts, problems) { Title = ((string?)document.Root.Element(Atom + "title"))?.Trim() };
    }

    private static List<Uri> UrlsIn(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.StartsWith("http://", StringComparison.Ordinal) || w.StartsWith("https://", StringComparison.Ordinal))
            .Select(w => SocialText.Resolve(null, w.TrimEnd('.', ',', ')', ';')))
            .OfType<Uri>().Distinct().ToList();
}
