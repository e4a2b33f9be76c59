using System.Text.Json;
using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Tests.Stories;

/// <summary>The hand-written, event-labelled news items in Fixtures/Stories/clustering-events.json.</summary>
public static class LabelledArticles
{
    public sealed record Item(long Id, string Event, string Language, DateTimeOffset PublishedAt, string Title, string Text)
    {
        public StoryArticle ToArticle() => new(Id, PublishedAt, Language, Title, Text);
    }

    private sealed record FixtureFile(string About, IReadOnlyList<Item> Articles);

    public static IReadOnlyList<Item> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Stories", "clustering-events.json");
        var file = JsonSerializer.Deserialize<FixtureFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty.");
        return file.Articles;
    }
}
