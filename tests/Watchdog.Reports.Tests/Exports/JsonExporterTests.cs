using System.Text;
using System.Text.Json;
using Watchdog.Reports.Exports;
using Watchdog.Reports.Tests.Support;

namespace Watchdog.Reports.Tests.Exports;

public class JsonExporterTests
{
    private static async Task<string> Export(Func<IAsyncEnumerable<ExportRow>, Stream, CancellationToken, Task> write, params ExportRow[] rows)
    {
        using var sink = new ForwardOnlyStream(keepCopy: true);
        await write(SampleRows.Of(rows), sink, CancellationToken.None);
        return Encoding.UTF8.GetString(sink.ToArray());
    }

    [Fact]
    public async Task Json_is_an_array_with_one_object_per_row()
    {
        var json = await Export(JsonExporter.WriteAsync, SampleRows.Row(1), SampleRows.Row(2));
        using var document = JsonDocument.Parse(json);
        Assert.Equal([1L, 2L], document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task No_rows_give_an_empty_array()
    {
        Assert.Equal("[]", await Export(JsonExporter.WriteAsync));
    }

    [Fact]
    public async Task Cyrillic_is_written_as_letters_not_escapes()
    {
        var json = await Export(JsonExporter.WriteAsync, SampleRows.Row(1, title: "Сайлау қорытындысы"));
        Assert.Contains("\"title\":\"Сайлау қорытындысы\"", json);
    }

    [Fact]
    public async Task Authors_and_tags_are_arrays_and_dates_iso_8601()
    {
        var json = await Export(JsonExporter.WriteAsync, SampleRows.Row(1));
        var row = JsonDocument.Parse(json).RootElement[0];
        Assert.Equal(["Айгерим Сапарова", "John Smith"], row.GetProperty("authors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2025-03-09T05:15:30Z", row.GetProperty("fetched_at").GetString());
    }

    [Fact]
    public async Task Missing_values_are_null()
    {
        var json = await Export(JsonExporter.WriteAsync, SampleRows.Row(1, snippet: null) with { PublishedAt = null });
        var row = JsonDocument.Parse(json).RootElement[0];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("published_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("snippet").ValueKind);
    }

    [Fact]
    public async Task Markup_in_a_title_is_escaped_in_json()
    {
        var json = await Export(JsonExporter.WriteAsync, SampleRows.Row(1, title: "<script>x</script>"));
        Assert.DoesNotContain("<script>", json);
        Assert.Equal("<script>x</script>", JsonDocument.Parse(json).RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Ndjson_has_one_parsable_object_per_line()
    {
        var text = await Export(JsonExporter.WriteNdjsonAsync, SampleRows.Row(1), SampleRows.Row(2, title: "line\nbreak"));
        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        Assert.Equal("line\nbreak", JsonDocument.Parse(lines[1]).RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_100k_row_export_streams_to_a_forward_only_sink(bool ndjson)
    {
        const int Rows = 100_000;
        const int Checkpoint = 50_000;
        using var sink = new ForwardOnlyStream(keepCopy: false);
        long bytesAtCheckpoint = -1;
        var rows = SampleRows.Many(Rows, i => { if (i == Checkpoint) bytesAtCheckpoint = sink.BytesWritten; });
        await (ndjson ? JsonExporter.WriteNdjsonAsync(rows, sink, CancellationToken.None) : JsonExporter.WriteAsync(rows, sink, CancellationToken.None));
        var bytesPerRow = sink.BytesWritten / (double)Rows;
        Assert.True(bytesAtCheckpoint >= bytesPerRow * (Checkpoint - (2 * JsonExporter.FlushEveryRows)),
            $"only {bytesAtCheckpoint} of about {bytesPerRow * Checkpoint:0} bytes had reached the sink at row {Checkpoint}");
    }
}
