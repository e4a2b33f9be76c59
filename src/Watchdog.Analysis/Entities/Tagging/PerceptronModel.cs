using System.IO.Compression;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// The weights of a trained tagger: for each feature hash, one weight per label. Stored gzip-compressed as
/// "WDNER1", the language, the feature count, then per feature its hash, a bit mask of the labels with a weight and
/// those weights as half-precision floats (small weights were pruned before saving). Immutable and thread-safe.
/// </summary>
public sealed class PerceptronModel
{
    private const string Magic = "WDNER1";

    // The features are kept in the table alone: the dictionary they are read into was a second copy (≈ 1.7 MB a language).
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    internal PerceptronModel(string language, Dictionary<uint, int> offsets, float[] weights)
    {
        Language = language;
        _table = new FeatureTable(offsets);
        _weights = weights;
    }

    public string Language { get; }

    public int FeatureCount => _table.Count;

    /// <summary>Adds each feature's weights to <paramref name="scores"/> (one per label).</summary>
    internal void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var weights = _weights.AsSpan();
        foreach (var feature in features)
        {
            var offset = _table.Find(feature);
            if (offset < 0) continue;
            var row = weights.Slice(offset, scores.Length);
            for (var label = 0; label < scores.Length; label++) scores[label] += row[label];
        }
    }

    internal static PerceptronModel FromWeights(string language, IReadOnlyDictionary<uint, float[]> weights)
    {
        var offsets = new Dictionary<uint, int>(weights.Count);
        var flat = new float[weights.Count * EntityLabels.Count];
        var next = 0;
        foreach (var (feature, values) in weights.OrderBy(w => w.Key))
        {
            offsets[feature] = next;
            values.CopyTo(flat, next);
            next += EntityLabels.Count;
        }
        return new PerceptronModel(language, offsets, flat);
    }

    public void Save(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Language);
        writer.Write(_table.Count);
        foreach (var (feature, offset) in _table.Features().OrderBy(p => p.Key))
        {
            writer.Write(feature);
            byte mask = 0;
            for (var label = 0; label < EntityLabels.Count; label++) if (_weights[offset + label] != 0) mask |= (byte)(1 << label);
            writer.Write(mask);
            for (var label = 0; label < EntityLabels.Count; label++) if ((mask & (1 << label)) != 0) writer.Write((Half)_weights[offset + label]);
        }
    }

    /// <exception cref="InvalidDataException">The stream is no Watchdog entity model, or a truncated one.</exception>
    public static PerceptronModel Load(Stream input)
    {
        try
        {
            return Read(input);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The entity tagger model ends too early (truncated or not a model).", e);
        }
    }

    private static PerceptronModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a Watchdog entity tagger model (WDNER1).");
        var language = reader.ReadString();
        var count = reader.ReadInt32();
        var offsets = new Dictionary<uint, int>(count);
        var weights = new float[count * EntityLabels.Count];
        for (var i = 0; i < count; i++)
        {
            var offset = i * EntityLabels.Count;
            offsets[reader.ReadUInt32()] = offset;
            var mask = reader.ReadByte();
            for (var label = 0; label < EntityLabels.Count; label++) if ((mask & (1 << label)) != 0) weights[offset + label] = (float)reader.ReadHalf();
        }
        return new PerceptronModel(language, offsets, weights);
    }
}
