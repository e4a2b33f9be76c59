namespace Watchdog.Analysis.Entities;

/// <summary>
/// Takes a Kazakh case ending off a Russian-type surname when the stemmer left it on (Есімовке → Есімов,
/// Тулегеноваға → Тулегенова): only when what remains ends like a surname, so ordinary words are never cut.
/// </summary>
internal static class KazakhSurnameCase
{
    // Longest first. Genitive, dative, accusative, locative, ablative, instrumental, after vowels and consonants. Never a
    // bare а or е: Иванова and Ильина are Russian forms, not Kazakh cases.
    private static readonly string[] Endings =
    [
        "тың", "тің", "дың", "дің", "ның", "нің", "тан", "тен", "дан", "ден", "нан", "нен", "пен", "бен", "мен",
        "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ты", "ті", "ды", "ді", "да", "де", "та", "те",
    ];

    private static readonly string[] SurnameEndings = ["ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына", "ий", "ая"];

    public static string Strip(string normal)
    {
        foreach (var ending in Endings)
        {
            if (normal.Length <= ending.Length + 3 || !normal.EndsWith(ending, StringComparison.Ordinal)) continue;
            // Looked at in place: every person mention asks, and most words keep their ending.
            var stem = normal.AsSpan(0, normal.Length - ending.Length);
            foreach (var surnameEnding in SurnameEndings)
                if (stem.EndsWith(surnameEnding, StringComparison.Ordinal)) return normal[..^ending.Length];
        }
        return normal;
    }
}
