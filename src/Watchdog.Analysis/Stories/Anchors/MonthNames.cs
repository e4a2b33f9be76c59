namespace Watchdog.Analysis.Stories.Anchors;

/// <summary>Month names of Russian, Kazakh and English, so "12 ноября", "12 қарашада" and "12 November" share a date.</summary>
public static class MonthNames
{
    // Prefixes long enough to be unambiguous among news words of each language; index + 1 is the month.
    private static readonly string[][] Prefixes =
    [
        ["январ", "қаңтар", "january"], ["феврал", "ақпан", "february"], ["март", "наурыз", "march"],
        ["апрел", "сәуір", "april"], ["мая", "мамыр", "may"], ["июн", "маусым", "june"],
        ["июл", "шілде", "july"], ["август", "тамыз", "august"], ["сентябр", "қыркүйек", "september"],
        ["октябр", "қазан", "october"], ["ноябр", "қараша", "november"], ["декабр", "желтоқсан", "december"],
    ];

    /// <returns>1–12, or 0 when the normalised word is no month name.</returns>
    public static int Of(string normalizedWord)
    {
        for (var month = 0; month < Prefixes.Length; month++)
        {
            foreach (var prefix in Prefixes[month])
            {
                // "may" and "мая" only whole: "mayor", "маяк" are not months.
                var whole = prefix is "may" or "мая";
                if (whole ? normalizedWord == prefix || normalizedWord == "май" : normalizedWord.StartsWith(prefix, StringComparison.Ordinal))
                    return month + 1;
            }
        }
        return 0;
    }
}
