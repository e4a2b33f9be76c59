namespace Watchdog.Testing;

/// <summary>
/// A query and an article it must (or must not) find: names across scripts and romanisations, and false friends of
/// stemming. One table (Fixtures/cross-script-matches.tsv) for the matcher, the Lucene index and PostgreSQL alike.
/// </summary>
public sealed record CrossScriptCase(string Query, string Language, string Text, bool Matches)
{
    public static IReadOnlyList<CrossScriptCase> All { get; } = Read();

    public override string ToString() => $"{Query} {(Matches ? "finds" : "does not find")} [{Language}] {Text}";

    private static List<CrossScriptCase> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cross-script-matches.tsv");
        return [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new CrossScriptCase(cells[0], cells[1], cells[2], cells[3] == "yes"))];
    }
}
