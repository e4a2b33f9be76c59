using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// One of Lingua's n-gram models (one language, one order) held compactly: the n-grams sorted and packed into one byte
/// array (n bytes each: a letter's place in the model's own sorted alphabet, which Lingua's models keep under 256
/// letters; found by binary search) and each one's probability as a 2-byte index into the model's distinct values (a
/// model with more distinct values than that keeps each n-gram's double). Lingua holds the same model as a dictionary of
/// strings (an object and a hash entry per n-gram): its 1–5-gram models of 13 languages took ≈ 245–340 MB that way
/// (bench/results/memory.json). The probabilities are computed exactly as Lingua computes them from the same files, so
/// a lookup returns the very double Lingua's would.
/// </summary>
internal sealed class NgramTable
{
    public static readonly NgramTable Empty = new(1, [], [], null, []);

    private readonly int _order;

    /// <summary>The model's letters, sorted: a key byte is an index into it, so byte order is the letters' order.</summary>
    private readonly char[] _alphabet;
    private readonly byte[] _keys;

    /// <summary>Each n-gram's index into <see cref="_values"/>; null when <see cref="_values"/> holds each n-gram's own value.</summary>
    private readonly ushort[]? _valueIndexes;
    private readonly double[] _values;

    private NgramTable(int order, char[] alphabet, byte[] keys, ushort[]? valueIndexes, double[] values)
    {
        _order = order;
        _alphabet = alphabet;
        _keys = keys;
        _valueIndexes = valueIndexes;
        _values = values;
    }

    public int Count => _keys.Length / _order;

    /// <summary>Bytes the table's arrays hold.</summary>
    public long Bytes => _keys.LongLength + (_alphabet.LongLength * sizeof(char)) + ((_valueIndexes?.LongLength ?? 0) * sizeof(ushort)) + (_values.LongLength * sizeof(double));

    /// <returns>The n-gram's relative frequency in the language; 0 when the model does not hold it.</returns>
    public double Probability(ReadOnlySpan<char> ngram)
    {
        if (ngram.Length != _order) return 0;
        Span<byte> key = stackalloc byte[ngram.Length];
        for (var i = 0; i < ngram.Length; i++)
        {
            var letter = Array.BinarySearch(_alphabet, ngram[i]);
            if (letter < 0) return 0;
            key[i] = (byte)letter;
        }
        var low = 0;
        var high = Count - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var comparison = _keys.AsSpan(middle * _order, _order).SequenceCompareTo(key);
            if (comparison == 0) return _values[_valueIndexes is null ? middle : _valueIndexes[middle]];
            if (comparison < 0) low = middle + 1;
            else high = middle - 1;
        }
        return 0;
    }

    /// <summary>Reads a model file of Lingua's (Brotli-compressed JSON: <c>{"language": …, "ngrams": {"3/1000": "abc abd", …}}</c>).</summary>
    public static NgramTable ReadBrotliJson(Stream compressed, int order)
    {
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var json = new MemoryStream();
        brotli.CopyTo(json);
        return FromJson(json.ToArray(), order);
    }

    /// <summary>
    /// Reads the n-grams into one run of characters rather than a string each: a model of 250,000 five-grams would
    /// otherwise leave ≈ 20 MB of strings for the collector, all surviving long enough to be promoted.
    /// </summary>
    public static NgramTable FromJson(byte[] json, int order)
    {
        var letters = new StringBuilder();
        var probabilities = new List<double>();
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(json));
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("ngrams"u8)) continue;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var probability = Fraction(reader.GetString()!);
                reader.Read();
                foreach (var ngram in reader.GetString()!.Split(' '))
                {
                    if (ngram.Length != order) throw new InvalidDataException($"'{ngram}' in a model of {order}-grams");
                    letters.Append(ngram);
                    probabilities.Add(probability);
                }
            }
        }
        return Pack(letters.ToString(), probabilities, order);
    }

    /// <summary>"numerator/denominator" as Lingua reads it: a double divided by an int.</summary>
    private static double Fraction(string fraction)
    {
        var slash = fraction.IndexOf('/', StringComparison.Ordinal);
        return double.Parse(fraction.AsSpan(0, slash), CultureInfo.InvariantCulture) / int.Parse(fraction.AsSpan(slash + 1), CultureInfo.InvariantCulture);
    }

    private static NgramTable Pack(string letters, List<double> probabilities, int order)
    {
        var count = probabilities.Count;
        var sorted = Enumerable.Range(0, count).ToArray();
        Array.Sort(sorted, (a, b) => letters.AsSpan(a * order, order).SequenceCompareTo(letters.AsSpan(b * order, order)));
        var alphabet = letters.Distinct().Order().ToArray();
        if (alphabet.Length > byte.MaxValue + 1) throw new InvalidDataException($"a model of {alphabet.Length} letters: more than a byte can index");
        var keys = new byte[count * order];
        for (var rank = 0; rank < count; rank++)
        {
            var ngram = letters.AsSpan(sorted[rank] * order, order);
            if (rank > 0 && ngram.SequenceEqual(letters.AsSpan(sorted[rank - 1] * order, order))) throw new InvalidDataException($"'{ngram}' twice in a model");
            for (var i = 0; i < order; i++) keys[(rank * order) + i] = (byte)Array.BinarySearch(alphabet, ngram[i]);
        }
        var inKeyOrder = sorted.Select(index => probabilities[index]).ToArray();
        var distinct = inKeyOrder.Distinct().ToArray();
        if (distinct.Length > ushort.MaxValue + 1) return new NgramTable(order, alphabet, keys, null, inKeyOrder);
        var indexOf = distinct.Select((value, index) => (value, index)).ToDictionary(p => p.value, p => (ushort)p.index);
        return new NgramTable(order, alphabet, keys, [.. inKeyOrder.Select(value => indexOf[value])], distinct);
    }
}
