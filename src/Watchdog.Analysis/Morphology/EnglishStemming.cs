namespace Watchdog.Analysis.Morphology;

/// <summary>
/// The English key of a word: the inflectional steps of Porter2 (English Snowball) — plural and possessive -s,
/// -ed, -ing, -y/-ies, final -e — without its derivational steps 2–4, which strip -ity, -ive, -ion, -al, -ment,
/// -ence, -er, -ic … and so join words of different meaning: university and universe (univers), executive and
/// execution (execut), general and generation (gener), organ and organisation (organ). A search for a word then finds
/// its inflections (universities, executed, executing) but not its derivations, which a query can ask for with a
/// prefix (<c>univers*</c>). Rules and their numbering follow snowballstem.org/algorithms/english/stemmer.html.
/// </summary>
internal static class EnglishStemming
{
    /// <summary>Words Porter2 lists as exceptions: irregular forms and words that only look inflected.</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos",
        ["bias"] = "bias", ["andes"] = "andes",
    };

    /// <summary>Forms Porter2 leaves alone after step 1a, where -ing/-eed is part of the word.</summary>
    private static readonly HashSet<string> KeptAfterPlural =
        new(["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptAfterPluralBySpan =
        KeptAfterPlural.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Porter2's exceptional R1 starts: the part after these prefixes is the region.</summary>
    private static readonly string[] RegionPrefixes = ["gener", "commun", "arsen"];

    private static readonly string[] DoubleEndings = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    private static readonly string[] EedEndings = ["eedly", "eed"];
    private static readonly string[] EdIngEndings = ["ingly", "edly", "ing", "ed"];

    public static string Stem(string word)
    {
        word = EnglishPossessive.Strip(word);
        if (word.Length <= 2 || !IsAsciiWord(word)) return word;
        if (Exceptions.TryGetValue(word, out var exception)) return exception;
        var w = new Letters(word.AsSpan().TrimStart('\''));
        MarkConsonantY(w);
        if (w.Count <= 2) return word;
        var r1 = RegionStart(w);
        var r2 = RegionAfter(w, r1);
        StepPlural(w);
        if (KeptAfterPluralBySpan.Contains(w.Span)) return w.ToString();
        StepEdIng(w, r1);
        StepFinalY(w);
        StepFinalE(w, r1, r2);
        w.UnmarkConsonantY();
        // A word that is its own stem is remembered as one string, not two (the key caches hold hundreds of thousands).
        return w.Span.SequenceEqual(word) ? word : w.ToString();
    }

    /// <summary>
    /// The letters of the word being stemmed, cut and extended in place: one array per word where a list, and a string
    /// per step, were allocated before (the matcher stems every new word of every article). Steps only cut, and add
    /// back at most one letter after a cut, so the word's length is enough room.
    /// </summary>
    private sealed class Letters
    {
        private readonly char[] _chars;

        public Letters(ReadOnlySpan<char> word)
        {
            _chars = new char[word.Length + 1];
            word.CopyTo(_chars);
            Count = word.Length;
        }

        public int Count { get; private set; }

        public char this[int index]
        {
            get => _chars[index];
            set => _chars[index] = value;
        }

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, Count);

        public void Add(char c) => _chars[Count++] = c;

        public void RemoveLast(int count) => Count -= count;

        public void UnmarkConsonantY() => _chars.AsSpan(0, Count).Replace('Y', 'y');

        public override string ToString() => new(Span);
    }

    private static bool IsAsciiWord(string word)
    {
        foreach (var c in word)
        {
            if (!IsAsciiLetterOrApostrophe(c)) return false;
        }
        return true;
    }

    private static bool IsAsciiLetterOrApostrophe(char c) => c is >= 'a' and <= 'z' or '\'';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>y at the start or after a vowel is a consonant (Y), so it neither counts as a vowel nor becomes i.</summary>
    private static void MarkConsonantY(Letters w)
    {
        for (var i = 0; i < w.Count; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1]))) w[i] = 'Y';
        }
    }

    /// <summary>R1: after the first non-vowel that follows a vowel (or after one of <see cref="RegionPrefixes"/>).</summary>
    private static int RegionStart(Letters w)
    {
        foreach (var prefix in RegionPrefixes)
        {
            if (w.Span.StartsWith(prefix, StringComparison.Ordinal)) return prefix.Length;
        }
        return RegionAfter(w, 0);
    }

    private static int RegionAfter(Letters w, int from)
    {
        for (var i = from + 1; i < w.Count; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        }
        return w.Count;
    }

    private static bool EndsWith(Letters w, string suffix) => w.Span.EndsWith(suffix, StringComparison.Ordinal);

    private static void Cut(Letters w, int count) => w.RemoveLast(count);

    private static bool HasVowel(Letters w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i])) return true;
        }
        return false;
    }

    /// <summary>Step 1a: sses → ss, ies/ied → i (ie after one letter), s after a vowel elsewhere → dropped; us and ss stay.</summary>
    private static void StepPlural(Letters w)
    {
        if (EndsWith(w, "sses")) Cut(w, 2);
        else if (EndsWith(w, "ied") || EndsWith(w, "ies")) Cut(w, w.Count > 4 ? 2 : 1);
        else if (EndsWith(w, "us") || EndsWith(w, "ss")) return;
        else if (EndsWith(w, "s") && HasVowel(w, w.Count - 2)) Cut(w, 1);
    }

    /// <summary>Step 1b: eed(ly) → ee in R1; ed, edly, ing, ingly dropped after a vowel, then the stem repaired (hop → hope, runn → run).</summary>
    private static void StepEdIng(Letters w, int r1)
    {
        foreach (var suffix in EedEndings)
        {
            if (!EndsWith(w, suffix)) continue;
            if (w.Count - suffix.Length >= r1) Cut(w, suffix.Length - 2);
            return;
        }
        foreach (var suffix in EdIngEndings)
        {
            if (!EndsWith(w, suffix)) continue;
            if (!HasVowel(w, w.Count - suffix.Length)) return;
            Cut(w, suffix.Length);
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) w.Add('e');
            else if (EndsWithDouble(w)) Cut(w, 1);
            else if (IsShortWord(w, r1)) w.Add('e');
            return;
        }
    }

    private static bool EndsWithDouble(Letters w)
    {
        foreach (var ending in DoubleEndings)
        {
            if (EndsWith(w, ending)) return true;
        }
        return false;
    }

    /// <summary>Step 1c: a final y after a consonant that is not the first letter → i (cry → cri, by stays).</summary>
    private static void StepFinalY(Letters w)
    {
        if (w.Count > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2])) w[^1] = 'i';
    }

    /// <summary>Step 5: a final e in R2, or in R1 after no short syllable, is dropped; ll in R2 → l.</summary>
    private static void StepFinalE(Letters w, int r1, int r2)
    {
        var last = w.Count - 1;
        if (w[last] == 'e' && (last >= r2 || (last >= r1 && !EndsInShortSyllable(w, last)))) Cut(w, 1);
        else if (w[last] == 'l' && last >= r2 && w.Count > 1 && w[last - 1] == 'l') Cut(w, 1);
    }

    /// <summary>A short word ends in a short syllable and has an empty R1 (hop, but not hopp or hoop).</summary>
    private static bool IsShortWord(Letters w, int r1) => r1 >= w.Count && EndsInShortSyllable(w, w.Count);

    /// <summary>
    /// Whether the letters before <paramref name="end"/> end in a short syllable: consonant, vowel, consonant other
    /// than w, x or Y (rap, trap) — or, at the start of the word, vowel then consonant (ow, at).
    /// </summary>
    private static bool EndsInShortSyllable(Letters w, int end)
    {
        if (end == 2) return IsVowel(w[0]) && !IsVowel(w[1]);
        if (end < 3) return false;
        var (a, b, c) = (w[end - 3], w[end - 2], w[end - 1]);
        return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c is not ('w' or 'x' or 'Y');
    }
}
