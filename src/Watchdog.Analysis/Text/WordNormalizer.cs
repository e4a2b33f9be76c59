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

    public static string Normalize(string word) => Normalize(word, remember: true);

    /// <param name="word">The word as written.</param>
    /// <param name="remember">False when the caller remembers the form itself (see <see cref="WordKeyCache.KeyOf(string, bool)"/>).</param>
    public static string Normalize(string word, bool remember) => word.Length == 0 ? word : Forms.KeyOf(word, remember);

    /// <summary>The normal form of the word written in <paramref name="word"/> (a slice of a text): no string is made for a word seen before.</summary>
    public static string Normalize(ReadOnlySpan<char> word) => word.IsEmpty ? string.Empty : Forms.KeyOf(word);

    /// <summary>Longest word whose letters are folded on the stack; a longer one (a URL-like run) gets an array.</summary>
    private const int StackLetters = 256;

    private static string Compute(string word)
    {
        var composed = IsComposedForSure(word) || word.IsNormalized(NormalizationForm.FormC) ? word : word.Normalize(NormalizationForm.FormC);
        var unified = ScriptLookalikes.UnifyScript(composed);
        var folded = unified.Length <= StackLetters ? stackalloc char[unified.Length] : new char[unified.Length];
        var length = 0;
        foreach (var c in unified)
        {
            if (c < InvariantCase.TabledChars)
            {
                var f = FoldedLetters[c];
                if (f != Dropped) folded[length++] = f;
            }
            else if (!IsLeftOut(c)) folded[length++] = FoldKept(c);
        }
        // Most words are written in their normal form already: the cache then keeps one string for both.
        return folded[..length].SequenceEqual(word) ? word : new string(folded[..length]);
    }

    /// <summary>
    /// Whether the word is in NFC without asking ICU: every letter below U+0300 (Latin, no combining marks) or in the
    /// Cyrillic blocks outside their combining marks (U+0483–U+0489) is NFC on its own and combines with nothing here.
    /// Most words of ru/kk/en text; the rest are checked by <see cref="string.IsNormalized(NormalizationForm)"/>.
    /// </summary>
    private static bool IsComposedForSure(string word)
    {
        foreach (var c in word)
        {
            if (c >= '\u0300' && !(c is >= '\u0400' and <= '\u0482' or >= '\u048A' and <= '\u052F')) return false;
        }
        return true;
    }

    /// <summary>Marks a character the normal form leaves out; U+FFFF is no character, and none below U+0530 folds to it.</summary>
    private const char Dropped = '\uFFFF';

    /// <summary>
    /// The fold of every character below <see cref="InvariantCase.TabledChars"/> (nearly every letter of ru/kk/en text),
    /// made by <see cref="IsLeftOut"/> and <see cref="FoldKept"/> themselves: the same result, without per-letter category and apostrophe checks.
    /// </summary>
    private static readonly char[] FoldedLetters = FoldTable();

    private static char[] FoldTable()
    {
        var table = new char[InvariantCase.TabledChars];
        for (var c = (char)0; c < table.Length; c++) table[c] = IsLeftOut(c) ? Dropped : FoldKept(c);
        return table;
    }

    /// <summary>Soft hyphens and stress marks are not part of the word.</summary>
    private static bool IsLeftOut(char c) => c == SoftHyphen || IsStressMark(c);

    private static char FoldKept(char c) => IsApostrophe(c) ? Apostrophe : Fold(InvariantCase.ToLower(c));

    // Russian texts print ё as е most of the time; folding both ways keeps ёлка and елка one word.
    private static char Fold(char c) => c == 'ё' ? 'е' : c;

    // Combining acute/grave mark stress in dictionaries and textbooks (за́мок); they are not part of the word.
    private static bool IsStressMark(char c) => c is '\u0301' or '\u0300' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
