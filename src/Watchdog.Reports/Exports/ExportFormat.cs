namespace Watchdog.Reports.Exports;

/// <summary>The file formats an export can be written in.</summary>
public enum ExportFormat
{
    Csv,
    Json,
    Ndjson,
}

/// <summary>Parsing of the <c>format=</c> parameter, and the media type and file extension of each format.</summary>
public static class ExportFormats
{
    /// <summary>Reads "csv", "json" or "ndjson" (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csv": format = ExportFormat.Csv; return true;
            case "json": format = ExportFormat.Json; return true;
            case "ndjson" or "jsonl": format = ExportFormat.Ndjson; return true;
            default: format = default; return false;
        }
    }

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        ExportFormat.Ndjson => "application/x-ndjson; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    public static string FileExtension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Json => ".json",
        ExportFormat.Ndjson => ".ndjson",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>Writes the rows to the stream in the given format, streaming; the stream is left open.</summary>
    public static Task WriteAsync(ExportFormat format, IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken ct) => format switch
    {
        ExportFormat.Csv => CsvExporter.WriteAsync(rows, output, ct),
        ExportFormat.Json => JsonExporter.WriteAsync(rows, output, ct),
        ExportFormat.Ndjson => JsonExporter.WriteNdjsonAsync(rows, output, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
