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

    /// <summary>Words longer than this are bounded in a heap buffer instead of on the stack.</summary>
    private const int StackWordLength = 256;

    /// <summary>Each thread's feature buffer, reused: tone runs on every sentence of every article stored.</summary>
    [ThreadStatic]
    private static long[]? t_buffer;

    /// <summary>Each thread's feature vector, reused by <see cref="OfReused"/>: the classifier reads it once and is done with it.</summary>
    [ThreadStatic]
    private static int[]? t_indices;

    [ThreadStatic]
    private static float[]? t_values;

    public static FeatureVector Of(string text, string language, ToneFeatureSettings settings)
    {
        var keys = DistinctSlots(text, language, settings);
        var indices = new int[keys.Length];
        var values = new float[keys.Length];
        Normalise(keys, indices, values);
        return new FeatureVector(indices, values);
    }

    /// <summary>
    /// <see cref="Of"/> in buffers of the calling thread, valid until its next call on the thread: tone classifies every
    /// sentence of every article stored, and two arrays a sentence were a steady share of the ingest's garbage.
    /// </summary>
    internal static (ReadOnlyMemory<int> Indices, ReadOnlyMemory<float> Values) OfReused(string text, string language, ToneFeatureSettings settings)
    {
        var keys = DistinctSlots(text, language, settings);
        if (t_indices is null || t_indices.Length < keys.Length)
        {
            t_indices = new int[Math.Max(keys.Length, 1024)];
            t_values = new float[t_indices.Length];
        }
        var indices = t_indices.AsMemory(0, keys.Length);
        var values = t_values!.AsMemory(0, keys.Length);
        Normalise(keys, indices.Span, values.Span);
        return (indices, values);
    }

    /// <summary>The text's (slot, weight) keys sorted, each slot once with its largest weight, in the thread's buffer.</summary>
    private static Span<long> DistinctSlots(string text, string language, ToneFeatureSettings settings)
    {
        var slots = new SlotBuffer(t_buffer ??= new long[1024]);
        var mask = (1 << settings.HashBits) - 1;
        string? previousKey = null;
        foreach (var word in Tokenizer.Words(text))
        {
            var key = Normalizer.Stem(word, language);
            slots.Add(Fnv.Of('w', key) & mask, settings.WordWeight);
            if (previousKey is not null) slots.Add(Fnv.Of('b', previousKey, ' ', key) & mask, settings.WordWeight);
            previousKey = key;
            AddCharacterNgrams(ref slots, word, settings, mask);
        }
        AddMarks(ref slots, text, settings, mask);
        t_buffer = slots.Buffer;
        return Distinct(slots.Filled);
    }

    private static void AddCharacterNgrams(ref SlotBuffer slots, string word, ToneFeatureSettings settings, int mask)
    {
        Span<char> bounded = word.Length + 2 <= StackWordLength ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        bounded[0] = Boundary;
        word.CopyTo(bounded[1..]);
        bounded[^1] = Boundary;
        for (var n = settings.MinNgram; n <= settings.MaxNgram; n++)
        {
            for (var start = 0; start + n <= bounded.Length; start++) slots.Add(Fnv.Of('c', bounded.Slice(start, n)) & mask, 1f);
        }
    }

    private static void AddMarks(ref SlotBuffer slots, string text, ToneFeatureSettings settings, int mask)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '!' or '?') slots.Add(Fnv.Of('p', new ReadOnlySpan<char>(in c)) & mask, settings.WordWeight);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.OtherSymbol) slots.Add(Fnv.Of('e', text.AsSpan(i, 2)) & mask, settings.WordWeight);
                i++;
            }
        }
    }

    /// <summary>
    /// Sorted by slot, each slot once with the largest weight it was given (presence, not counts), in place.
    /// The (slot, weight) pairs are sorted as single 64-bit keys (<see cref="SlotBuffer"/>), where the largest weight of
    /// a slot comes last: a sentence gives a few hundred pairs, and sorting tuples through a comparer cost more than the rest.
    /// </summary>
    private static Span<long> Distinct(Span<long> keys)
    {
        keys.Sort();
        var distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i + 1 < keys.Length && SlotBuffer.SlotOf(keys[i + 1]) == SlotBuffer.SlotOf(keys[i])) continue;
            keys[distinct++] = keys[i];
        }
        return keys[..distinct];
    }

    /// <summary>The distinct keys as slots and weights, the weights scaled to unit length.</summary>
    private static void Normalise(ReadOnlySpan<long> keys, Span<int> indices, Span<float> values)
    {
        var length = 0f;
        for (var i = 0; i < keys.Length; i++)
        {
            indices[i] = SlotBuffer.SlotOf(keys[i]);
            values[i] = SlotBuffer.WeightOf(keys[i]);
            length += values[i] * values[i];
        }
        length = MathF.Sqrt(length);
        if (length > 0) for (var i = 0; i < keys.Length; i++) values[i] /= length;
    }

    /// <summary>
    /// (slot, weight) pairs packed as slot × 2^32 + the weight's bits mapped to an unsigned order, so that sorting the
    /// 64-bit keys sorts by slot, then by weight, as comparing the pairs would. Grows its buffer by doubling.
    /// </summary>
    private ref struct SlotBuffer(long[] buffer)
    {
        private int _count;

        public long[] Buffer { get; private set; } = buffer;

        public readonly Span<long> Filled => Buffer.AsSpan(0, _count);

        public void Add(int slot, float weight)
        {
            if (_count == Buffer.Length)
            {
                var larger = new long[Buffer.Length * 2];
                Buffer.CopyTo(larger, 0);
                Buffer = larger;
            }
            Buffer[_count++] = ((long)slot << 32) | OrderedBits(weight);
        }

        public static int SlotOf(long key) => (int)(key >> 32);

        public static float WeightOf(long key)
        {
            var ordered = (uint)key;
            var bits = (ordered & 0x8000_0000u) != 0 ? ordered & 0x7FFF_FFFFu : ~ordered;
            return BitConverter.UInt32BitsToSingle(bits);
        }

        // Positive floats order as their bits do; negative ones in reverse: flip accordingly so unsigned order is numeric order.
        private static uint OrderedBits(float weight)
        {
            var bits = BitConverter.SingleToUInt32Bits(weight);
            return (bits & 0x8000_0000u) == 0 ? bits | 0x8000_0000u : ~bits;
        }
    }

    /// <summary>32-bit FNV-1a over the kind and the UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    private static class Fnv
    {
        private const uint Offset = 2166136261, Prime = 16777619;

        public static int Of(char kind, ReadOnlySpan<char> value) => Finish(Add(Start(kind), value));

        /// <summary>The hash of <paramref name="first"/>, <paramref name="separator"/> and <paramref name="second"/> written one after another.</summary>
        public static int Of(char kind, ReadOnlySpan<char> first, char separator, ReadOnlySpan<char> second) =>
            Finish(Add(Add(Add(Start(kind), first), new ReadOnlySpan<char>(in separator)), second));

        private static uint Start(char kind) => (Offset ^ kind) * Prime;

        private static uint Add(uint hash, ReadOnlySpan<char> value)
        {
            foreach (var c in value)
            {
                hash = (hash ^ (c & 0xFFu)) * Prime;
                hash = (hash ^ ((uint)c >> 8)) * Prime;
            }
            return hash;
        }

        private static int Finish(uint hash) => (int)(hash & 0x7FFFFFFF);
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
