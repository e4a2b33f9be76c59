using System.Text;
using Watchdog.Reports.Exports;
using Watchdog.Reports.Tests.Support;

namespace Watchdog.Reports.Tests.Exports;

public class CsvExporterTests
{
    private static async Task<byte[]> ExportBytes(params ExportRow[] rows)
    {
        using var sink = new ForwardOnlyStream(keepCopy: true);
        await CsvExporter.WriteAsync(SampleRows.Of(rows), sink, CancellationToken.None);
        return sink.ToArray();
    }

    private static async Task<List<List<string>>> ExportRecords(params ExportRow[] rows)
    {
        var bytes = await ExportBytes(rows);
        return Rfc4180Reader.Read(Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public async Task Output_starts_with_a_utf8_byte_order_mark()
    {
        var bytes = await ExportBytes(SampleRows.Row(1));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Fact]
    public async Task The_first_record_is_the_header()
    {
        var records = await ExportRecords();
        Assert.Equal(ExportFields.Names, records.Single());
    }

    [Fact]
    public async Task Cyrillic_and_kazakh_text_round_trips()
    {
        var records = await ExportRecords(SampleRows.Row(1, title: "Сайлау қорытындысы: 12 партия"));
        Assert.Equal("Сайлау қорытындысы: 12 партия", records[1][2]);
    }

    [Fact]
    public async Task Commas_quotes_and_line_breaks_are_quoted()
    {
        const string title = "Он сказал: \"нет\", и ушёл\r\nвторая строка\nтретья";
        var bytes = await ExportBytes(SampleRows.Row(1, title: title));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"Он сказал: \"\"нет\"\", и ушёл\r\nвторая строка\nтретья\"", text);
        Assert.Equal(title, Rfc4180Reader.Read(text[1..])[1][2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"click\")")]
    [InlineData("+7 701 000 00 00")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public async Task A_cell_that_could_start_a_formula_gets_a_leading_apostrophe(string title)
    {
        var records = await ExportRecords(SampleRows.Row(1, title: title));
        Assert.Equal("'" + title, records[1][2]);
    }

    [Fact]
    public async Task Dates_are_iso_8601_in_utc()
    {
        var records = await ExportRecords(SampleRows.Row(1));
        Assert.Equal("2025-03-09T03:15:30Z", records[1][5]);
        Assert.Equal("2025-03-09T05:15:30Z", records[1][6]);
    }

    [Fact]
    public async Task Authors_and_tags_are_joined_with_semicolons()
    {
        var records = await ExportRecords(SampleRows.Row(1));
        Assert.Equal("Айгерим Сапарова; John Smith", records[1][7]);
        Assert.Equal("politics; kz", records[1][8]);
    }

    [Fact]
    public async Task A_missing_snippet_and_date_are_empty_cells()
    {
        var records = await ExportRecords(SampleRows.Row(1, snippet: null) with { PublishedAt = null });
        Assert.Equal("", records[1][5]);
        Assert.Equal("", records[1][9]);
    }

    [Fact]
    public async Task A_100k_row_export_streams_to_a_forward_only_sink_with_bounded_lag()
    {
        const int Rows = 100_000;
        const int Checkpoint = 50_000;
        using var sink = new ForwardOnlyStream(keepCopy: false);
        long linesAtCheckpoint = -1;
        await CsvExporter.WriteAsync(SampleRows.Many(Rows, i => { if (i == Checkpoint) linesAtCheckpoint = sink.NewLines; }), sink, CancellationToken.None);
        Assert.Equal(Rows + 1, sink.NewLines);
        // When row 50,000 is produced, all but the last flush interval's rows have already reached the sink.
        Assert.InRange(linesAtCheckpoint, Checkpoint - (2 * CsvExporter.FlushEveryRows), Checkpoint + 1);
    }

    [Fact]
    public async Task Cancellation_stops_the_export()
    {
        using var cancel = new CancellationTokenSource();
        using var sink = new ForwardOnlyStream(keepCopy: false);
        var rows = SampleRows.Many(10_000, i => { if (i == 100) cancel.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvExporter.WriteAsync(rows, sink, cancel.Token));
    }
}
