using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Import;

/// <summary>JSON Lines archives for the import tests: a few real-looking ru/kk/en articles, one object a line.</summary>
public static class ImportArchive
{
    public static string Line(string url, string title, string text, string? published = "2026-03-02T08:30:00Z", string? language = null,
        object? source = null, string? author = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["url"] = url, ["title"] = title, ["text"] = text, ["published"] = published, ["language"] = language, ["source"] = source, ["author"] = author,
        });

    public static readonly string Russian = Line("https://archive.example.ru/2026/03/01/floods", "Паводок в Уральске",
        "Паводок затопил несколько улиц Уральска. Спасатели эвакуировали жителей прибрежных домов.", language: "ru",
        source: new { name = "Уральская неделя", url = "https://archive.example.ru/" }, author: "Иван Петров");

    /// <summary>No language given: it is detected from the text.</summary>
    public static readonly string Kazakh = Line("https://archive.example.kz/2026/03/02/tasqyn", "Оралда тасқын",
        "Оралда тасқын су бірнеше көшені басып қалды. Құтқарушылар жағалаудағы үйлердің тұрғындарын көшірді.",
        source: "Жайық таңы");

    public static readonly string English = Line("https://archive.example.com/2026/03/03/flood", "Flood in Oral",
        "Flood water covered several streets of Oral. Rescuers evacuated residents of the riverside houses.", published: "2026-03-03",
        language: "en-GB");

    public static string Write(string folder, params string[] lines)
    {
        var path = Path.Combine(folder, $"archive-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
