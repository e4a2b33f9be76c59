using Watchdog.SampleWeb.Content;

namespace Watchdog.SampleWeb.Publishing;

/// <summary>An article for one of the sample sites (see <see cref="SampleSites"/>).</summary>
public sealed record DemoReport(string Site, SampleArticle Article);
