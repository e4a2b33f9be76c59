using System.Globalization;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tones;

/// <summary>A text as the tone model sees it: hashed feature indices with their weights, L2-normalised.</summary>
public readonly record struct FeatureVector(int[] Indices, float[] Values);

/// <summary>
/// Turns a text into the features the tone model weighs, hashed into 2^<see cref="ToneFeatureSettings.HashBits"/> slots
/// (a fixed-size model whatever the vocabulary; a stable FNV-1a hash, so the shipped weights mean the same on every run):
/// - word keys (stems, <see cref="Normalizer"/>): "хороший", "хорошая", "хорошо" count as one cue;
/// - pairs of adjacent keys: "не нравится", "not good" carry what the words alone do not;
/// - character n-grams of each lower-cased word within boundaries: misspelt, transliterated and mixed-script review
///   words (kk "керемет", "keremet", "кэрэмэт") share most of their n-grams;
/// - "!", "?" and emoji, which carry tone in reviews.
/// Each distinct feature counts once (presence), and the vector has unit length, so long and short texts weigh alike.
/// </summary>
public static class ToneFeatures
{
    private const char Boundary = '\u0001';

    public static FeatureVector Of(string text, string language, ToneFeatureSettings settings)
    {
        var slots = new List<(int Slot, float Weight)>(text.Length * 3);
        var mask = (1 << settings.HashBits) - 1;
        string? previousKey = null;
        foreach (var word in Tokenizer.Words(text))
        {
            var key = Normalizer.Stem(word, language);
            Add(slots, Hash('w', key) & mask, settings.WordWeight);
            if (previousKey is not null) Add(slots, Hash('b', previousKey + " " + key) & mask, settings.WordWeight);
            previousKey = key;
            AddCharacterNgrams(slots, word, settings, mask);
        }
        AddMarks(slots, text, settings, mask);
        return Normalised(slots);
    }

    private static void Add(List<(int Slot, float Weight)> slots, int slot, float weight) => slots.Add((slot, weight));

    private static void AddCharacterNgrams(List<(int Slot, float Weight)> slots, string word, ToneFeatureSettings settings, int mask)
    {
        var bounded = Boundary + word + Boundary;
        for (var n = settings.MinNgram; n <= settings.MaxNgram; n++)
        {
            for (var start = 0; start + n <= bounded.Length; start++) Add(slots, Hash('c', bounded.AsSpan(start, n)) & mask, 1f);
        }
    }

    private static void AddMarks(List<(int Slot, float Weight)> slots, string text, ToneFeatureSettings settings, int mask)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '!' or '?') Add(slots, Hash('p', c.ToString()) & mask, settings.WordWeight);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.OtherSymbol) Add(slots, Hash('e', text.AsSpan(i, 2)) & mask, settings.WordWeight);
                i++;
            }
        }
    }

    /// <summary>
    /// Sorted by slot, each slot once with the largest weight it was given (presence, not counts), scaled to unit length.
    /// Sorting a list is cheaper than a hash set for the few hundred features of a sentence.
    /// </summary>
    private static FeatureVector Normalised(List<(int Slot, float Weight)> slots)
    {
        slots.Sort();
        var indices = new List<int>(slots.Count);
        var values = new List<float>(slots.Count);
        foreach (var (slot, weight) in slots)
        {
            if (indices.Count > 0 && indices[^1] == slot) values[^1] = Math.Max(values[^1], weight);
            else
            {
                indices.Add(slot);
                values.Add(weight);
            }
        }
        var length = 0f;
        foreach (var v in values) length += v * v;
        length = MathF.Sqrt(length);
        var scaled = values.Select(v => length > 0 ? v / length : v).ToArray();
        return new FeatureVector([.. indices], scaled);
    }

    /// <summary>32-bit FNV-1a over the kind and the UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    private static int Hash(char kind, ReadOnlySpan<char> value)
    {
        const uint offset = 2166136261, prime = 16777619;
        var hash = (offset ^ kind) * prime;
        foreach (var c in value)
        {
            hash = (hash ^ (c & 0xFFu)) * prime;
            hash = (hash ^ ((uint)c >> 8)) * prime;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}

/// <summary>How texts are turned into features; part of a model, since its weights are indexed by these slots.</summary>
/// <param name="HashBits">Slots = 2^HashBits. 2^18 keeps collisions rare for a few hundred thousand distinct features.</param>
/// <param name="MinNgram">Shortest character n-gram (boundaries included).</param>
/// <param name="MaxNgram">Longest character n-gram.</param>
/// <param name="WordWeight">Weight of a word, word-pair or mark feature against a character n-gram's 1: a word yields one
/// word feature and a dozen n-grams, which would otherwise drown it.</param>
public sealed record ToneFeatureSettings(int HashBits, int MinNgram, int MaxNgram, float WordWeight)
{
    public static ToneFeatureSettings Default { get; } = new(HashBits: 18, MinNgram: 3, MaxNgram: 5, WordWeight: 3f);

    public int Slots => 1 << HashBits;

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"2^{HashBits} slots, words, word pairs, character {MinNgram}-{MaxNgram}-grams");
}
