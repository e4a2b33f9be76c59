using Watchdog.Core.Articles;

namespace Watchdog.Watch.Tests.Support;

public static class Articles
{
    public static Article Make(long id, string title, string text, string language = "ru", string host = "news.example.kz") => new()
    {
        Id = id,
        SourceId = 1,
        Url = new Uri($"https://{host}/a/{id}"),
        CanonicalUrl = new Uri($"https://{host}/a/{id}"),
        Title = title,
        Text = text,
        Language = language,
        ContentHash = $"hash-{id}",
        PublishedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
    };
}
