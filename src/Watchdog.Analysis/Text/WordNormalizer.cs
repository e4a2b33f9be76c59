using System.Globalization;
using System.Text;
using Watchdog.Analysis.Morphology;

namespace Watchdog.Analysis.Text;

/// <summary>
/// The language-independent normal form of one word, used for indexing and for query terms alike:
/// NFC, no soft hyphens or stress accents, one apostrophe, look-alike letters in the word's own script,
/// lower case, ё → е.
/// Forms are remembered (<see cref="WordKeyCache"/>): a text repeats its words, and normalising each occurrence
/// again (a new string every time) was most of the cost of tokenising an article.
/// </summary>
public static class WordNormalizer
{
    private static readonly WordKeyCache Forms = new(Compute);

    public const char Apostrophe = '\'';
    private const char SoftHyphen = '\u00AD';

    /// <summary>Apostrophe variants writers use inside words (Ukrainian м’ясо, English don’t, Kazakh Latin ʼ).</summary>
    public const string ApostropheVariants = "'\u2019\u2018\u02BC\u02BB\u0060\u00B4\u2032";

    public static bool IsApostrophe(char c) => ApostropheVariants.Contains(c, StringComparison.Ordinal);

    public static string Normalize(string word) => word.Length == 0 ? word : Forms.KeyOf(word);

    /// <summary>The normal form of the word written in <paramref name="word"/> (a slice of a text): no string is made for a word seen before.</summary>
    public static string Normalize(ReadOnlySpan<char> word) => word.IsEmpty ? string.Empty : Forms.KeyOf(word);

    private static string Compute(string word)
    {
        var composed = word.IsNormalized(NormalizationForm.FormC) ? word : word.Normalize(NormalizationForm.FormC);
        var unified = ScriptLookalikes.UnifyScript(composed);
        var builder = new StringBuilder(unified.Length);
        foreach (var c in unified)
        {
            if (c == SoftHyphen || IsStressMark(c)) continue;
            builder.Append(IsApostrophe(c) ? Apostrophe : Fold(char.ToLowerInvariant(c)));
        }
        return builder.ToString();
    }

    // Russian texts print ё as е most of the time; folding both ways keeps ёлка and елка one word.
    private static char Fold(char c) => c == 'ё' ? 'е' : c;

    // Combining acute/grave mark stress in dictionaries and textbooks (за́мок); they are not part of the word.
    private static bool IsStressMark(char c) => c is '\u0301' or '\u0300' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
