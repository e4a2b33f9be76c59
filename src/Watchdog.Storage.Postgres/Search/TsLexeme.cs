namespace Watchdog.Storage.Postgres.Search;

/// <summary>
/// A key written as a lexeme of tsvector or tsquery input text. Such text is read verbatim (no parser, no
/// dictionary), so a key keeps its apostrophe, hyphen-free letters and case exactly as Watchdog made it.
/// </summary>
internal static class TsLexeme
{
    /// <summary>Quoted, with quotes doubled and backslashes escaped, as both input formats want.</summary>
    public static string Quote(string key) =>
        "'" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
