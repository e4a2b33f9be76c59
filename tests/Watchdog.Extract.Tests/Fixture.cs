using Watchdog.Core.Articles;

namespace Watchdog.Extract.Tests;

/// <summary>Reads the hand-written pages under Fixtures/ and runs them through the extractor as raw bytes, like fetched pages.</summary>
internal static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    // The first test to run pays for JIT compilation, on a machine other builds may be using: these
    // tests check what is extracted, not how fast, so the budget is out of the way.
    private static readonly ExtractionOptions Unhurried = new() { TimeBudget = TimeSpan.FromMinutes(1) };

    public static ExtractedArticle Extract(string name, string url = "https://news.example/2024/article", string? contentType = "text/html") =>
        ArticleExtractor.Extract(Bytes(name), contentType, new Uri(url), Unhurried);
}
