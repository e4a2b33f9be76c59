using System.Security.Cryptography;
using System.Text;
using Watchdog.Core.Articles;

namespace Watchdog.EndToEnd.Tests.Support;

/// <summary>English articles for storing straight into a store, each with its own URL and content hash.</summary>
public static class TestArticles
{
    public static Article Make(string title, DateTimeOffset fetchedAt, string? rawHash = null, Uri? url = null)
    {
        var address = url ?? new Uri($"https://harvest.example/{Guid.NewGuid():N}");
        var text = $"{title}. Farmers expect a good harvest this year.";
        return new Article
        {
            SourceId = 1, Url = address, CanonicalUrl = address, Title = title, Text = text, Language = "en", FetchedAt = fetchedAt, RawHash = rawHash,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
    }
}
