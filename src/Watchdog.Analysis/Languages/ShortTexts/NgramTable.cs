using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// One of Lingua's n-gram models (one language, one order) held compactly: the n-grams sorted and packed into one char
/// array (n chars each, found by binary search) and each one's probability as a 2-byte index into the model's distinct
/// values (a model with more distinct values than that keeps each n-gram's double). Lingua holds the same model as a dictionary of strings (an object and a hash entry per n-gram): its 1–5-gram
/// models of 13 languages took ≈ 245 MB that way (bench/results/memory.json). The probabilities are computed exactly as
/// Lingua computes them from the same files, so a lookup returns the very double Lingua's would.
/// </summary>
internal sealed class NgramTable
{
    public static readonly NgramTable Empty = new(1, [], null, []);

    private readonly int _order;
    private readonly char[] _keys;

    /// <summary>Each n-gram's index into <see cref="_values"/>; null when <see cref="_values"/> holds each n-gram's own value.</summary>
    private readonly ushort[]? _valueIndexes;
    private readonly double[] _values;

    private NgramTable(int order, char[] keys, ushort[]? valueIndexes, double[] values)
    {
        _order = order;
        _keys = keys;
        _valueIndexes = valueIndexes;
        _values = values;
    }

    public int Count => _keys.Length / _order;

    /// <summary>Bytes the table's arrays hold.</summary>
    public long Bytes => (_keys.LongLength * sizeof(char)) + ((_valueIndexes?.LongLength ?? 0) * sizeof(ushort)) + (_values.LongLength * sizeof(double));

    /// <returns>The n-gram's relative frequency in the language; 0 when the model does not hold it.</returns>
    public double Probability(ReadOnlySpan<char> ngram)
    {
        if (ngram.Length != _order) return 0;
        var low = 0;
        var high = Count - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var comparison = _keys.AsSpan(middle * _order, _order).SequenceCompareTo(ngram);
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

    public static NgramTable FromJson(byte[] json, int order)
    {
        var entries = new List<(string Ngram, double Probability)>();
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(json));
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.GetString() != "ngrams") continue;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var probability = Fraction(reader.GetString()!);
                reader.Read();
                foreach (var ngram in reader.GetString()!.Split(' '))
                {
                    if (ngram.Length != order) throw new InvalidDataException($"'{ngram}' in a model of {order}-grams");
                    entries.Add((ngram, probability));
                }
            }
        }
        return Pack(entries, order);
    }

    /// <summary>"numerator/denominator" as Lingua reads it: a double divided by an int.</summary>
    private static double Fraction(string fraction)
    {
        var slash = fraction.IndexOf('/', StringComparison.Ordinal);
        return double.Parse(fraction.AsSpan(0, slash), CultureInfo.InvariantCulture) / int.Parse(fraction.AsSpan(slash + 1), CultureInfo.InvariantCulture);
    }

    private static NgramTable Pack(List<(string Ngram, double Probability)> entries, int order)
    {
        entries.Sort((a, b) => string.CompareOrdinal(a.Ngram, b.Ngram));
        var keys = new char[entries.Count * order];
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0 && entries[i - 1].Ngram == entries[i].Ngram) throw new InvalidDataException($"'{entries[i].Ngram}' twice in a model");
            entries[i].Ngram.CopyTo(keys.AsSpan(i * order, order));
        }
        var distinct = entries.Select(e => e.Probability).Distinct().ToArray();
        if (distinct.Length > ushort.MaxValue + 1) return new NgramTable(order, keys, null, [.. entries.Select(e => e.Probability)]);
        var indexOf = distinct.Select((value, index) => (value, index)).ToDictionary(p => p.value, p => (ushort)p.index);
        return new NgramTable(order, keys, [.. entries.Select(e => indexOf[e.Probability])], distinct);
    }
}
