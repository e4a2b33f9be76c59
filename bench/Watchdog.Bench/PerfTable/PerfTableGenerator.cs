using System.Text;

namespace Watchdog.Bench.PerfTable;

/// <summary>
/// The README's performance table, made from bench/results/*.json alone: a row per result file present (none for a
/// missing one), in <see cref="ResultRows.Known"/>'s order and then by name. Pure: files in, Markdown out.
/// </summary>
public static class PerfTableGenerator
{
    public const string Begin = "<!-- perf-table:begin -->";
    public const string End = "<!-- perf-table:end -->";

    private const string Header =
        "Generated from `bench/results/*.json` by `dotnet run -c Release --project bench/Watchdog.Bench -- perf-table` " +
        "(do not edit by hand: `./test.sh` fails when this table and the files disagree). Bold: the headline figure.";

    /// <param name="files">File name (e.g. "matching.json") → its JSON text.</param>
    public static string Table(IReadOnlyDictionary<string, string> files)
    {
        var known = ResultRows.Known.Select(k => k.File).ToHashSet(StringComparer.Ordinal);
        var rows = ResultRows.Known
            .Where(k => files.ContainsKey(k.File))
            .Select(k => Row(k.File, files[k.File], k.Row))
            .Concat(files.Keys.Where(name => !known.Contains(name)).Order(StringComparer.Ordinal)
                .Select(name => Row(name, files[name], file => ResultRows.Generic(file, Path.GetFileNameWithoutExtension(name)))));
        var table = new StringBuilder();
        table.Append(Header).Append("\n\n");
        table.Append("| benchmark | data | settings | figures | machine |\n|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            table.Append("| ").AppendJoin(" | ", new[] { row.Benchmark, row.Data, row.Settings, row.Figures, row.Machine }.Select(Cell)).Append(" |\n");
        }
        return table.ToString();
    }

    /// <summary>A row, or an error naming the file whose shape is not what its row reads.</summary>
    private static PerfRow Row(string name, string json, Func<ResultFile, PerfRow> row)
    {
        var file = ResultFile.Parse(name, json);
        try
        {
            return row(file);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw file.Error($"not the shape its table row reads ({e.Message})");
        }
    }

    /// <summary>The README with the text between the markers replaced by <paramref name="table"/>.</summary>
    public static string Splice(string readme, string table)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidOperationException($"README.md has no '{Begin}' … '{End}' section for the performance table");
        return string.Concat(readme.AsSpan(0, begin + Begin.Length), "\n", table, readme.AsSpan(end));
    }

    // A cell is one line, and a | inside it would end it.
    private static string Cell(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal).Trim();
}
