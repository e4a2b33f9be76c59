namespace Watchdog.Analysis.Tests.Support;

/// <summary>Reads the tab-separated fixture tables under Fixtures/: one row per line, # starts a comment line.</summary>
public static class FixtureTable
{
    public static IReadOnlyList<string[]> Read(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);
        return [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))];
    }

    /// <summary>The rows as xunit theory data, each row's cells as the arguments.</summary>
    public static TheoryData<string, string> Pairs(string relativePath)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Read(relativePath)) data.Add(row[0], row[1]);
        return data;
    }

    /// <summary>Rows of "key, item, item, …" flattened to one (key, item) pair per item.</summary>
    public static TheoryData<string, string> KeyWithEachItem(string relativePath)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Read(relativePath))
        {
            foreach (var item in row.Skip(1)) data.Add(row[0], item);
        }
        return data;
    }
}
