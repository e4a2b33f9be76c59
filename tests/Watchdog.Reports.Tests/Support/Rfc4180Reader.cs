using System.Text;

namespace Watchdog.Reports.Tests.Support;

/// <summary>A strict, small RFC 4180 reader (test-only): records end in CRLF, quoted fields may hold anything.</summary>
public static class Rfc4180Reader
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i + 1, field);
            }
            else if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else if (text[i] is '"' or '\r' or '\n')
            {
                throw new FormatException($"Unquoted {(int)text[i]:x2} at {i}.");
            }
            else
            {
                field.Append(text[i++]);
            }
        }
        if (field.Length > 0 || record.Count > 0) throw new FormatException("The last record has no CRLF.");
        return records;
    }

    private static int ReadQuoted(string text, int i, StringBuilder field)
    {
        while (true)
        {
            if (i >= text.Length) throw new FormatException("Unterminated quoted field.");
            if (text[i] != '"')
            {
                field.Append(text[i++]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
            }
            else
            {
                if (i + 1 < text.Length && text[i + 1] is not (',' or '\r')) throw new FormatException($"Text after a closing quote at {i}.");
                return i + 1;
            }
        }
    }
}
