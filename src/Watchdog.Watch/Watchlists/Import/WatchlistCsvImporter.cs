namespace Watchdog.Watch.Watchlists.Import;

/// <summary>
/// Imports watchlist entries from CSV with a header row naming the columns
/// (<c>text,kind,aliases,language,source_tag,context_query</c>; only <c>text</c> is required, order is free).
/// </summary>
public static class WatchlistCsvImporter
{
    /// <summary>The column names (also the YAML keys), for help texts.</summary>
    public static IReadOnlyList<string> Fields => EntryFields.Names;

    public static WatchlistImportResult Import(TextReader csv)
    {
        using var records = CsvRecordReader.Read(csv).GetEnumerator();
        if (!records.MoveNext()) return new([], [new ImportRowError(1, "the file is empty; expected a header row")]);
        var header = records.Current;
        var columns = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        var unknown = columns.Where(c => !EntryFields.Names.Contains(c)).ToArray();
        if (unknown.Length > 0 || !columns.Contains("text"))
        {
            var reason = unknown.Length > 0 ? $"unknown column '{unknown[0]}'" : "no 'text' column";
            return new([], [new ImportRowError(header.Line, $"{reason}; expected columns {string.Join(", ", EntryFields.Names)}")]);
        }

        var entries = new List<Core.Watching.WatchlistEntry>();
        var errors = new List<ImportRowError>();
        while (records.MoveNext())
        {
            var record = records.Current;
            if (record.IsBlank) continue;
            if (record.Error is not null)
            {
                errors.Add(new ImportRowError(record.Line, record.Error));
                continue;
            }
            if (record.Fields.Count > columns.Length)
            {
                errors.Add(new ImportRowError(record.Line, $"{record.Fields.Count} fields, but the header has {columns.Length} columns"));
                continue;
            }
            string? Field(string name) => Array.IndexOf(columns, name) is var i and >= 0 && i < record.Fields.Count ? record.Fields[i] : null;
            var (entry, error) = new EntryFields(
                Field("text"), Field("kind"), EntryFields.SplitAliases(Field("aliases")), Field("language"), Field("source_tag"), Field("context_query")).ToEntry();
            if (entry is not null) entries.Add(entry);
            else errors.Add(new ImportRowError(record.Line, error!));
        }
        return new WatchlistImportResult(entries, errors);
    }
}
