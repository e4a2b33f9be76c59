namespace Watchdog.Extract.Dates;

/// <summary>
/// Month names in English, Russian and Kazakh, matched by stem so inflected forms count too
/// ("марта", "март"; "наурыз", "наурызда"; "Sept.", "September").
/// </summary>
public static class MonthNames
{
    // Stems are the shortest prefix that is still unambiguous among all three languages' months.
    private static readonly (string Stem, int Month)[] Stems =
    [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ("январ", 1), ("янв", 1), ("феврал", 2), ("фев", 2), ("март", 3), ("мар", 3), ("апрел", 4), ("апр", 4),
        ("мая", 5), ("май", 5), ("мае", 5), ("июн", 6), ("июл", 7), ("август", 8), ("авг", 8),
        ("сентябр", 9), ("сен", 9), ("октябр", 10), ("окт", 10), ("ноябр", 11), ("ноя", 11), ("декабр", 12), ("дек", 12),
        ("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6), ("шілде", 7),
        ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12),
    ];

    /// <summary>Words shorter than this are not month names even if a stem matches ("ma", "де").</summary>
    private const int MinWordLength = 3;

    /// <returns>1–12, or 0 when the word is not a month name.</returns>
    public static int Parse(string word)
    {
        if (word.Length < MinWordLength) return 0;
        var lower = word.ToLowerInvariant();
        var best = 0;
        var bestLength = 0;
        foreach (var (stem, month) in Stems)
        {
            if (stem.Length > bestLength && lower.StartsWith(stem, StringComparison.Ordinal) && IsPlausibleForm(lower, stem))
            {
                best = month;
                bestLength = stem.Length;
            }
        }
        return best;
    }

    // Latin stems must be the start of a real English name ("mar" takes "March", not "market");
    // Cyrillic stems take any ending of a plausible length (case endings, Kazakh suffixes).
    private static bool IsPlausibleForm(string word, string stem) =>
        stem[0] < 128
            ? EnglishNames.Any(name => name.StartsWith(word, StringComparison.Ordinal))
            : word.Length <= stem.Length + MaxCyrillicEnding;

    /// <summary>Longest ending after a Cyrillic stem: "желтоқсанында" is stem plus five.</summary>
    private const int MaxCyrillicEnding = 6;

    private static readonly string[] EnglishNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept",
    ];
}
