using System.Text;

namespace Watchdog.Watch.Watchlists.Import;

/// <summary>Reads RFC 4180 CSV records (quoted fields may hold commas, quotes as "" and line breaks), each with the line it starts on.</summary>
internal static class CsvRecordReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var i = 0;
            string? error = null;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (!quoted) break;
                    var next = reader.ReadLine();
                    if (next is null)
                    {
                        error = "a quoted field is not closed before the end of the file";
                        break;
                    }
                    line++;
                    field.Append('\n');
                    text = next;
                    i = 0;
                    continue;
                }
                var c = text[i++];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i < text.Length && text[i] == '"') field.Append(text[i++]);
                    else quoted = false;
                }
                else if (c == '"' && field.Length == 0) quoted = true;
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields, error);
        }
    }
}

/// <param name="Line">1-based line the record starts on.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
