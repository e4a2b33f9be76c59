using System.Text;

namespace Watchdog.Analysis.Transliteration;

/// <summary>
/// Moves a Cyrillic name between its Kazakh and its Russian spelling. Kazakh names reach Russian (and, through it,
/// English) text with the Kazakh letters replaced (Тоқаев → Токаев, Нұрсұлтан → Нурсултан, Қазақстан → Казахстан);
/// Kazakh text writes the name its own way. Both directions are guesses by letter and neighbour, for spelling
/// variants of a name, never a reversible mapping.
/// </summary>
public static class KazakhRussianSpelling
{
    private const string Vowels = "аеёиоуыэюяәөұүі";
    private const string BackVowels = "аоуыұ";
    private const string FrontVowels = "еиәөүі";

    /// <summary>Kazakh letters Russian spelling replaces, and their replacement (қ is handled apart: к or х).</summary>
    private static readonly Dictionary<char, char> ToRussianLetters = new()
    {
        ['ә'] = 'а', ['ғ'] = 'г', ['ң'] = 'н', ['ө'] = 'о', ['ұ'] = 'у', ['ү'] = 'у', ['һ'] = 'х', ['і'] = 'и', ['қ'] = 'к',
    };

    /// <summary>
    /// The Russian spelling of a Kazakh-spelled name: Тоқаев → Токаев, Нұрсұлтан → Нурсултан.
    /// </summary>
    /// <param name="qAsKh">
    /// Also write қ as х where Russian tradition does, after a vowel and before a consonant or at the end
    /// (Қазақстан → Казахстан, Қазақ → Казах); that guess is wrong for other names (Ақтөбе is Актобе), hence optional.
    /// </param>
    public static string ToRussian(string text, bool qAsKh = false) => Map(text, (lower, i) =>
    {
        if (lower[i] == 'қ' && qAsKh && AfterVowel(lower, i) && !BeforeVowel(lower, i)) return 'х';
        return ToRussianLetters.TryGetValue(lower[i], out var russian) ? russian : lower[i];
    });

    /// <summary>
    /// The Kazakh spelling of a Russian-spelled Kazakh name, vowels first (twice: і follows a ү made in the first pass),
    /// then consonants by the vowels' series:
    /// о, у → ө, ү before a front vowel and и → і after one (Оскемен → Өскемен, Туркистан → Түркістан, Есимов → Есімов);
    /// у → ұ between consonants before a back vowel (Нурсултан → Нұрсұлтан); к, г → қ, ғ next to a back vowel (Токаев →
    /// Тоқаев); х → қ after a back vowel before a consonant or at the end (Казахстан → Қазақстан).
    /// </summary>
    public static string ToKazakh(string text) => Map(Map(Map(text, KazakhVowel), KazakhVowel), KazakhConsonant);

    private static char KazakhVowel(string lower, int i) => lower[i] switch
    {
        'о' when NextVowelIsFront(lower, i) => 'ө',
        'у' when !AfterVowel(lower, i) && !BeforeVowel(lower, i) && NextVowelIsFront(lower, i) => 'ү',
        'у' when !AfterVowel(lower, i) && !BeforeVowel(lower, i) && NextVowelIsBackOrNone(lower, i) => 'ұ',
        'и' when !AfterVowel(lower, i) && !BeforeVowel(lower, i) && PreviousVowelIsFront(lower, i) => 'і',
        var c => c,
    };

    private static char KazakhConsonant(string lower, int i) => lower[i] switch
    {
        'к' when NearestVowelIsBack(lower, i) => 'қ',
        'г' when NearestVowelIsBack(lower, i) => 'ғ',
        'х' when AfterBackVowel(lower, i) && !BeforeVowel(lower, i) => 'қ',
        var c => c,
    };

    private static string Map(string text, Func<string, int, char> letter)
    {
        var lower = text.ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var mapped = letter(lower, i);
            builder.Append(char.IsUpper(text[i]) ? char.ToUpperInvariant(mapped) : mapped);
        }
        return builder.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static bool AfterVowel(string lower, int i) => i > 0 && IsVowel(lower[i - 1]);

    private static bool AfterBackVowel(string lower, int i) => i > 0 && BackVowels.Contains(lower[i - 1], StringComparison.Ordinal);

    private static bool BeforeVowel(string lower, int i) => i + 1 < lower.Length && IsVowel(lower[i + 1]);

    private static bool NearestVowelIsBack(string lower, int i)
    {
        var next = NextVowel(lower, i);
        if (next is { } after) return BackVowels.Contains(after, StringComparison.Ordinal);
        for (var j = i - 1; j >= 0 && char.IsLetter(lower[j]); j--)
        {
            if (IsVowel(lower[j])) return BackVowels.Contains(lower[j], StringComparison.Ordinal);
        }
        return false;
    }

    private static bool NextVowelIsFront(string lower, int i) => NextVowel(lower, i) is { } next && FrontVowels.Contains(next, StringComparison.Ordinal);

    private static bool PreviousVowelIsFront(string lower, int i)
    {
        for (var j = i - 1; j >= 0 && char.IsLetter(lower[j]); j--)
        {
            if (IsVowel(lower[j])) return FrontVowels.Contains(lower[j], StringComparison.Ordinal);
        }
        return false;
    }

    private static bool NextVowelIsBackOrNone(string lower, int i) => NextVowel(lower, i) is not { } next || BackVowels.Contains(next, StringComparison.Ordinal);

    /// <returns>The first vowel after <paramref name="i"/> in the same word, or null.</returns>
    private static char? NextVowel(string lower, int i)
    {
        for (var j = i + 1; j < lower.Length && char.IsLetter(lower[j]); j++)
        {
            if (IsVowel(lower[j])) return lower[j];
        }
        return null;
    }
}
