using System.Xml.Linq;
using Watchdog.Collect.Feeds.Rss;

namespace Watchdog.Collect.Feeds.Rdf;

/// <summary>RSS 1.0 and 0.90: an rdf:RDF root whose items sit beside the channel; the fields are RSS's.</summary>
internal static class RdfParser
{
    private const string Rss090Namespace = "http://my.netscape.com/rdf/simple/0.9/";

    public static ParsedFeed Parse(XElement root, Uri? baseUrl)
    {
        var version = root.Elements().Any(e => e.Name.NamespaceName == Rss090Namespace) ? "0.90" : "1.0";
        return RssParser.ReadDocument(root, baseUrl, FeedFormat.Rdf, version);
    }
}
