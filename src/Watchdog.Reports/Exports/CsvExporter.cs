using System.Globalization;
using System.Text;

namespace Watchdog.Reports.Exports;

/// <summary>Writes export rows as RFC 4180 CSV in UTF-8 with a byte order mark, one row at a time.</summary>
public static class CsvExporter
{
    /// <summary>Rows between explicit flushes, so a slow HTTP client sees data early without a flush per row.</summary>
    public const int FlushEveryRows = 500;

    // The BOM is what makes Excel read the file as UTF-8 rather than the legacy code page (Cyrillic would be garbled).
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes a header and one line per row (CRLF line ends); the stream is left open.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(FormatLine(ExportFields.Names).AsMemory(), ct);
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(FormatLine(Cells(row)).AsMemory(), ct);
            if (++count % FlushEveryRows == 0) await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>The row's cells before encoding, in the order of <see cref="ExportFields.Names"/>.</summary>
    public static string[] Cells(ExportRow row) =>
    [
        row.Id.ToString(CultureInfo.InvariantCulture),
        row.Url,
        row.Title,
        row.SourceName,
        row.Language,
        row.PublishedAt is { } published ? ExportFields.FormatDate(published) : "",
        ExportFields.FormatDate(row.FetchedAt),
        ExportFields.JoinList(row.Authors),
        ExportFields.JoinList(row.Tags),
        row.Snippet ?? "",
    ];

    private static string FormatLine(IEnumerable<string> cells) => string.Join(',', cells.Select(CsvField.Encode)) + "\r\n";
}
