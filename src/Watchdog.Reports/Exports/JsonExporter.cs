using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Watchdog.Reports.Exports;

/// <summary>Writes export rows as one JSON array or as NDJSON (one object per line), streaming.</summary>
public static class JsonExporter
{
    /// <summary>Rows between flushes of the JSON writer's buffer to the stream.</summary>
    public const int FlushEveryRows = 200;

    // Cyrillic and other letters stay readable instead of \uXXXX; the default encoder's escaping of < > & ' is
    // kept, so the output is still safe to embed in a page.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        SkipValidation = false,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes <c>[{...},{...}]</c>; the stream is left open.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            WriteObject(writer, row);
            if (++count % FlushEveryRows == 0) await writer.FlushAsync(ct);
        }
        writer.WriteEndArray();
        await writer.FlushAsync(ct);
    }

    /// <summary>Writes one JSON object per line, each line ended by "\n"; the stream is left open.</summary>
    public static async Task WriteNdjsonAsync(IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            WriteObject(writer, row);
            // The writer's own buffer must be emptied before the newline goes straight to the stream.
            await writer.FlushAsync(ct);
            writer.Reset();
            await output.WriteAsync(NewLine, ct);
            if (++count % FlushEveryRows == 0) await output.FlushAsync(ct);
        }
        await output.FlushAsync(ct);
    }

    private static void WriteObject(Utf8JsonWriter writer, ExportRow row)
    {
        writer.WriteStartObject();
        writer.WriteNumber(ExportFields.Id, row.Id);
        writer.WriteString(ExportFields.Url, row.Url);
        writer.WriteString(ExportFields.Title, row.Title);
        writer.WriteString(ExportFields.Source, row.SourceName);
        writer.WriteString(ExportFields.Language, row.Language);
        if (row.PublishedAt is { } published) writer.WriteString(ExportFields.PublishedAt, ExportFields.FormatDate(published));
        else writer.WriteNull(ExportFields.PublishedAt);
        writer.WriteString(ExportFields.FetchedAt, ExportFields.FormatDate(row.FetchedAt));
        WriteList(writer, ExportFields.Authors, row.Authors);
        WriteList(writer, ExportFields.Tags, row.Tags);
        if (row.Snippet is { } snippet) writer.WriteString(ExportFields.Snippet, snippet);
        else writer.WriteNull(ExportFields.Snippet);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
