using System.Globalization;

namespace Watchdog.SampleWeb.Content;

/// <summary>
/// Reads a bundled article file: <c>key: value</c> header lines, a <c>---</c> line, then paragraphs separated by blank lines.
/// Keys: slug, title, author, published, modified, summary, tags, language, path, encoding, charset-in, listed-in.
/// </summary>
public static class ArticleFileParser
{
    private const string HeaderEnd = "---";

    public static SampleArticle Parse(string text, string sourceName)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var separator = Array.IndexOf(lines, HeaderEnd);
        if (separator < 0) throw new InvalidDataException($"{sourceName}: no '{HeaderEnd}' line between header and body.");

        var header = ParseHeader(lines.Take(separator), sourceName);
        string Required(string key) =>
            header.TryGetValue(key, out var value) ? value : throw new InvalidDataException($"{sourceName}: missing '{key}:' header.");

        return new SampleArticle
        {
            Slug = Required("slug"),
            Title = Required("title"),
            Author = Required("author"),
            PublishedAt = ParseDate(Required("published"), sourceName),
            ModifiedAt = header.TryGetValue("modified", out var modified) ? ParseDate(modified, sourceName) : null,
            Summary = Required("summary"),
            Tags = header.TryGetValue("tags", out var tags) ? SplitList(tags) : [],
            Language = header.GetValueOrDefault("language"),
            Path = header.GetValueOrDefault("path"),
            Encoding = header.GetValueOrDefault("encoding") ?? "utf-8",
            CharsetDeclaredIn = header.TryGetValue("charset-in", out var charsetIn) ? ParseEnum<CharsetDeclaration>(charsetIn, sourceName) : CharsetDeclaration.HeaderAndMeta,
            ListedIn = header.TryGetValue("listed-in", out var listedIn) ? ParseEnum<Listings>(listedIn, sourceName) : Listings.All,
            Paragraphs = SplitParagraphs(lines.Skip(separator + 1)),
        };
    }

    private static Dictionary<string, string> ParseHeader(IEnumerable<string> lines, string sourceName)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new InvalidDataException($"{sourceName}: header line '{line}' is not 'key: value'.");
            header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return header;
    }

    private static List<string> SplitParagraphs(IEnumerable<string> bodyLines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in bodyLines.Append(""))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                current.Add(line.Trim());
                continue;
            }
            if (current.Count > 0) paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
        return paragraphs;
    }

    private static string[] SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateTimeOffset ParseDate(string value, string sourceName) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{sourceName}: '{value}' is not an ISO 8601 date.");

    private static T ParseEnum<T>(string value, string sourceName) where T : struct, Enum =>
        Enum.TryParse<T>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : throw new InvalidDataException($"{sourceName}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}
