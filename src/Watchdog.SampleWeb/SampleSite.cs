namespace Watchdog.SampleWeb;

/// <summary>One running sample site: its name (see <see cref="SampleSites"/>) and where it listens.</summary>
public sealed record SampleSite(string Name, string Title, string Language, Uri BaseUri)
{
    /// <summary>An absolute URL on this site, e.g. <c>site.Url("/rss.xml")</c>.</summary>
    public Uri Url(string path) => new(BaseUri, path);
}
