using System.Text;
using System.Text.RegularExpressions;
using Watchdog.Analysis.Entities;

namespace Watchdog.Analysis.Tests.Entities;

/// <summary>The hand-labelled paragraphs of Fixtures/Entities/labelled-news.txt: text, language and gold entities.</summary>
public static partial class LabelledParagraphs
{
    public sealed record Gold(EntityKind Kind, int Start, int Length, string Surface);

    public sealed record Paragraph(string Language, string Text, IReadOnlyList<Gold> Entities);

    public static IReadOnlyList<Paragraph> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Entities", "labelled-news.txt");
        return [.. File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#').Select(Parse)];
    }

    /// <summary>Reads "lang\ttext with [P:…] marks" into the plain text and the marked spans.</summary>
    public static Paragraph Parse(string line)
    {
        var tab = line.IndexOf('\t');
        var marked = line[(tab + 1)..];
        var text = new StringBuilder();
        var gold = new List<Gold>();
        var at = 0;
        foreach (Match m in Mark().Matches(marked))
        {
            text.Append(marked, at, m.Index - at);
            var surface = m.Groups["name"].Value;
            gold.Add(new Gold(KindOf(m.Groups["kind"].Value), text.Length, surface.Length, surface));
            text.Append(surface);
            at = m.Index + m.Length;
        }
        text.Append(marked[at..]);
        return new Paragraph(line[..tab], text.ToString(), gold);
    }

    private static EntityKind KindOf(string mark) => mark switch
    {
        "P" => EntityKind.Person,
        "O" => EntityKind.Organization,
        "L" => EntityKind.Location,
        _ => throw new FormatException($"Unknown entity mark {mark}."),
    };

    [GeneratedRegex(@"\[(?<kind>[POL]):(?<name>[^\]]+)\]")]
    private static partial Regex Mark();
}
