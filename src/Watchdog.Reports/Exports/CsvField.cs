namespace Watchdog.Reports.Exports;

/// <summary>Spelling of one CSV cell: formula neutralising, then RFC 4180 quoting.</summary>
public static class CsvField
{
    // A spreadsheet evaluates a cell that starts with one of these as a formula (tab and CR too, after its
    // own trimming); crawled titles are written by whoever runs the site, so they must never be evaluated.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Text as written in a cell: apostrophe-prefixed if it could start a formula, quoted if it must be.</summary>
    public static string Encode(string text) => Quote(Neutralize(text));

    /// <summary>Prefixes an apostrophe, which spreadsheets show as text and do not evaluate.</summary>
    public static string Neutralize(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    /// <summary>RFC 4180: a field with a comma, quote or line break is enclosed in quotes, quotes doubled.</summary>
    public static string Quote(string text) =>
        text.IndexOfAny(NeedsQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
