using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Watchdog.Collect.Feeds;
using Watchdog.Collect.Robots;
using Watchdog.Collect.Sitemaps;
using Watchdog.Core.Text;

namespace Watchdog.Collect.Tests.Properties;

/// <summary>Whatever bytes arrive from the web, the parsers answer with a value, never an exception.</summary>
public sealed class ParserRobustnessProperties
{
    private static readonly Uri Base = new("https://site.example/");

    // Fragments of real markup, so generated input reaches deep into the parsers instead of failing on the first byte.
    private static readonly string[] Fragments =
    [
        "<rss version=\"2.0\">", "<channel>", "<item>", "</item>", "<title>", "</title>", "<link>", "</link>", "&amp;", "&nbsp;",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<content type=\"xhtml\">", "<![CDATA[", "]]>", "<!DOCTYPE x [",
        "<urlset>", "<url><loc>", "/a", "Disallow: ", "Allow: ", "User-agent: *", "\n", "*", "$", "%", "{\"version\":\"https://jsonfeed.org/version/1.1\"", "\0", "é", "ё",
    ];

    private static Arbitrary<string> MarkupSoup() =>
        Gen.OneOf(Gen.Elements(Fragments), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)).ListOf().Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property FeedParserNeverThrows() => Prop.ForAll(MarkupSoup(), text =>
    {
        var feed = FeedParser.Parse(text, Base);
        return feed.WellFormed || feed.Problems.Count > 0;
    });

    [Property(MaxTest = 300)]
    public Property SitemapParserNeverThrows() => Prop.ForAll(MarkupSoup(), text => SitemapParser.Parse(text, Base) is not null);

    [Property(MaxTest = 300)]
    public Property RobotsAnswersEveryUrl() => Prop.ForAll(MarkupSoup(), ArbMap.Default.ArbFor<NonNull<string>>(), (robots, path) =>
    {
        var url = Uri.TryCreate(Base, path.Get, out var u) ? u : Base;
        return RobotsPolicy.FromRobotsTxt(RobotsTxt.Parse(robots)).Evaluate("Watchdog", url) is not null;
    });

    [Property(MaxTest = 300)]
    public Property CharsetDecoderAlwaysDecodes(byte[] body, string? contentType) =>
        (CharsetDecoder.Decode(body ?? [], contentType).Text is not null).ToProperty();
}
