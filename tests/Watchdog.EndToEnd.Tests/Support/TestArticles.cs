using System.Security.Cryptography;
using System.Text;
using Watchdog.Core.Articles;
using Watchdog.Storage;

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

    /// <summary>An article with the given text, published (and fetched) at <paramref name="published"/>.</summary>
    public static Article Make(string title, string text, string language, DateTimeOffset published)
    {
        var url = new Uri($"https://news.example.kz/{Guid.NewGuid():N}");
        return new Article
        {
            Url = url, CanonicalUrl = url, Title = title, Text = text, Language = language, PublishedAt = published, FetchedAt = published,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + text))),
        };
    }

    /// <summary>Stores the article, indexes it and marks it indexed, as the pipeline would; returns its id.</summary>
    public static async Task<long> AddIndexedAsync(EmbeddedStore store, Article article)
    {
        var added = await store.Articles.AddAsync(article, CancellationToken.None);
        await store.Search.IndexAsync([added.Article], CancellationToken.None);
        await store.Articles.MarkIndexedAsync([added.Article.Id], CancellationToken.None);
        return added.Article.Id;
    }
}
