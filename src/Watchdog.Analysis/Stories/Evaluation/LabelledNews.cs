using System.Text.Json;
using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Stories.Evaluation;

/// <summary>A news article labelled with the event it reports, for measuring story clustering.</summary>
/// <param name="Event">Articles with the same event belong to one story, whatever their language.</param>
public sealed record LabelledNews(long Id, string Event, string Source, string Lang, DateTimeOffset Date, string Title, string Text)
{
    public StoryArticle ToArticle() => new(Id, Date, Lang, Title, Text);

    /// <summary>Reads JSON Lines, one article an object with the properties of this record (lower-case names).</summary>
    /// <exception cref="InvalidDataException">A line is not such an object; the message gives its number.</exception>
    public static IReadOnlyList<LabelledNews> Load(string path)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var items = new List<LabelledNews>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                items.Add(JsonSerializer.Deserialize<LabelledNews>(line, options) ?? throw new JsonException("null"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: {e.Message}", e);
            }
        }
        return items;
    }
}
