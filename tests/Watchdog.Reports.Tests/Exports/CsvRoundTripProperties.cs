using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Watchdog.Reports.Exports;
using Watchdog.Reports.Tests.Support;

namespace Watchdog.Reports.Tests.Exports;

public class CsvRoundTripProperties
{
    // Pieces chosen to hit every rule: separators, quotes, both line ends, formula starts, Cyrillic, a surrogate pair.
    private static readonly string[] Pieces =
        ["a", "Ж", "қ", " ", ",", "\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", ";", "😀", "x y", ""];

    private static readonly Gen<string> Text = Gen.Elements(Pieces).ListOf().Select(string.Concat);

    private static readonly Gen<ExportRow> Rows =
        from id in Gen.Choose(0, int.MaxValue)
        from title in Text
        from source in Text
        from snippet in Text
        select SampleRows.Row(id, title, snippet) with { SourceName = source };

    [Property(MaxTest = 300)]
    public Property Csv_read_back_with_an_rfc4180_reader_gives_the_fields() =>
        Prop.ForAll(Rows.ListOf().ToArbitrary(), rows =>
        {
            using var sink = new ForwardOnlyStream(keepCopy: true);
            CsvExporter.WriteAsync(SampleRows.Of([.. rows]), sink, CancellationToken.None).GetAwaiter().GetResult();
            var records = Rfc4180Reader.Read(Encoding.UTF8.GetString(sink.ToArray().AsSpan(3)));
            var expected = rows.Select(row => CsvExporter.Cells(row).Select(ExpectedCell).ToList());
            return records.Skip(1).SequenceEqual(expected, new ListComparer()) && records.Count == rows.Count + 1;
        });

    private static string ExpectedCell(string cell) => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;

    private sealed class ListComparer : IEqualityComparer<List<string>>
    {
        public bool Equals(List<string>? x, List<string>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(List<string> obj) => obj.Count;
    }
}
