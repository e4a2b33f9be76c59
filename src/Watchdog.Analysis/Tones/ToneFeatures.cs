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
        var slots = new Dictionary<int, float>();
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

    /// <summary>A feature met twice keeps its larger weight: presence, not counts.</summary>
    private static void Add(Dictionary<int, float> slots, int slot, float weight) =>
        slots[slot] = Math.Max(weight, slots.GetValueOrDefault(slot));

    private static void AddCharacterNgrams(Dictionary<int, float> slots, string word, ToneFeatureSettings settings, int mask)
    {
        var bounded = Boundary + word + Boundary;
        for (var n = settings.MinNgram; n <= settings.MaxNgram; n++)
        {
            for (var start = 0; start + n <= bounded.Length; start++) Add(slots, Hash('c', bounded.AsSpan(start, n)) & mask, 1f);
        }
    }

    private static void AddMarks(Dictionary<int, float> slots, string text, ToneFeatureSettings settings, int mask)
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

    private static FeatureVector Normalised(Dictionary<int, float> slots)
    {
        var indices = slots.Keys.ToArray();
        Array.Sort(indices);
        var values = indices.Select(i => slots[i]).ToArray();
        var length = MathF.Sqrt(values.Sum(v => v * v));
        if (length > 0) for (var k = 0; k < values.Length; k++) values[k] /= length;
        return new FeatureVector(indices, values);
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
