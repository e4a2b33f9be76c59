using System.Security.Cryptography;
using System.Text;
using Watchdog.Core.Articles;

namespace Watchdog.Storage.Tests.Support;

/// <summary>Articles for tests: each call gives a distinct canonical URL and content hash unless told otherwise.</summary>
public static class TestArticles
{
    public static Article Make(string title, string text, string language = "en", long sourceId = 1, DateTimeOffset? published = null, string? url = null) => new()
    {
        SourceId = sourceId,
        Url = new Uri(url ?? $"https://news.example/{Guid.NewGuid():N}"),
        CanonicalUrl = new Uri(url ?? $"https://news.example/{Guid.NewGuid():N}"),
        Title = title,
        Text = text,
        Language = language,
        PublishedAt = published,
        FetchedAt = ManualClock.Epoch,
        ContentHash = HashOf(title + "\n" + text),
        Tags = ["news"],
        Authors = ["A. Writer"],
    };

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
