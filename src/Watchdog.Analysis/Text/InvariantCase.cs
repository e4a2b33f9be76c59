namespace Watchdog.Analysis.Text;

/// <summary>
/// <see cref="char.ToLowerInvariant"/> with the letters of ru/kk/en text (below U+0530: Latin, Greek, Cyrillic) looked up
/// in a table made by it, so the result is the same: outside ASCII it asks ICU for every character, which was most of
/// the cost of normalising and stemming a new Cyrillic word.
/// </summary>
public static class InvariantCase
{
    /// <summary>Characters below this are tabled: 2.6 KB.</summary>
    public const int TabledChars = 0x0530;

    private static readonly char[] Lower = LowerTable();

    public static char ToLower(char c) => c < TabledChars ? Lower[c] : char.ToLowerInvariant(c);

    private static char[] LowerTable()
    {
        var table = new char[TabledChars];
        for (var c = (char)0; c < TabledChars; c++) table[c] = char.ToLowerInvariant(c);
        return table;
    }
}
