using System.IO.Compression;
using System.Text;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tones;

/// <summary>
/// A multinomial logistic regression over hashed features (<see cref="ToneFeatures"/>): one weight per slot and tone,
/// plus a bias per tone. Trained by <see cref="Training.ToneTrainer"/>; shipped as 8-bit weights (one scale per tone)
/// in a gzip file of a few hundred kilobytes per language.
/// </summary>
public sealed class ToneModel
{
    private const string Magic = "WDTONE1";
    private static readonly int Tones = ToneLabels.All.Count;

    // Weights of slot i for tone t at [i * Tones + t]: scoring a feature reads its tones' weights from one cache line,
    // where the trainer's layout ([t * slots + i]) cost a cache miss per tone in a table of megabytes.
    private readonly float[] _bySlot;
    private readonly float[] _bias;

    public ToneModel(string language, ToneFeatureSettings features, float[] weights, float[] bias)
    {
        if (weights.Length != Tones * features.Slots || bias.Length != Tones)
            throw new ArgumentException($"A tone model over {features.Slots} slots needs {Tones * features.Slots} weights and {Tones} biases.");
        Language = language;
        Features = features;
        _bySlot = new float[weights.Length];
        for (var t = 0; t < Tones; t++)
            for (var i = 0; i < features.Slots; i++) _bySlot[i * Tones + t] = weights[t * features.Slots + i];
        _bias = bias;
    }

    public string Language { get; }
    public ToneFeatureSettings Features { get; }

    public Tone Classify(string text)
    {
        var (indices, values) = ToneFeatures.OfReused(text, Language, Features);
        return Classify(indices.Span, values.Span);
    }

    public Tone Classify(FeatureVector features) => Classify(features.Indices, features.Values);

    private Tone Classify(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        Span<float> scores = stackalloc float[Tones];
        Score(indices, values, scores);
        var best = 0;
        for (var t = 1; t < Tones; t++) if (scores[t] > scores[best]) best = t;
        return ToneLabels.All[best];
    }

    /// <summary>The unnormalised log-odds of each tone (index = <see cref="Tone"/> value).</summary>
    /// <remarks>Adds each tone's terms in the same order as <see cref="Score(FeatureVector, float[], float[], int, Span{float})"/>, so the sums are the same to the bit.</remarks>
    public void Score(FeatureVector features, Span<float> scores) => Score(features.Indices, features.Values, scores);

    private void Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> scores)
    {
        _bias.CopyTo(scores);
        for (var k = 0; k < indices.Length; k++)
        {
            var row = _bySlot.AsSpan(indices[k] * Tones, Tones);
            var value = values[k];
            for (var t = 0; t < Tones; t++) scores[t] += row[t] * value;
        }
    }

    /// <summary>bias[t] + Σ weights[t·slots + i]·x_i for each tone t; the trainer scores its weights in progress with it too.</summary>
    internal static void Score(FeatureVector features, float[] weights, float[] bias, int slots, Span<float> scores)
    {
        for (var t = 0; t < Tones; t++)
        {
            var sum = bias[t];
            var offset = t * slots;
            for (var k = 0; k < features.Indices.Length; k++) sum += weights[offset + features.Indices[k]] * features.Values[k];
            scores[t] = sum;
        }
    }

    /// <summary>Writes the model with each tone's weights quantised to signed bytes (scale = largest |weight| ÷ 127), gzipped.</summary>
    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Language);
        writer.Write(Features.HashBits);
        writer.Write(Features.MinNgram);
        writer.Write(Features.MaxNgram);
        writer.Write(Features.WordWeight);
        var slots = Features.Slots;
        var quantised = new byte[slots];
        for (var t = 0; t < Tones; t++)
        {
            var largest = 0f;
            for (var i = 0; i < slots; i++) largest = Math.Max(largest, Math.Abs(_bySlot[i * Tones + t]));
            var scale = largest == 0 ? 1f : largest / 127f;
            for (var i = 0; i < slots; i++) quantised[i] = (byte)(sbyte)Math.Clamp(MathF.Round(_bySlot[i * Tones + t] / scale), -127, 127);
            writer.Write(_bias[t]);
            writer.Write(scale);
            writer.Write(quantised);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Not a tone model.</exception>
    public static ToneModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a Watchdog tone model.");
        var language = reader.ReadString();
        var features = new ToneFeatureSettings(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadSingle());
        var slots = features.Slots;
        var weights = new float[Tones * slots];
        var bias = new float[Tones];
        for (var t = 0; t < Tones; t++)
        {
            bias[t] = reader.ReadSingle();
            var scale = reader.ReadSingle();
            var quantised = reader.ReadBytes(slots);
            if (quantised.Length != slots) throw new InvalidDataException("The tone model is truncated.");
            for (var i = 0; i < slots; i++) weights[t * slots + i] = (sbyte)quantised[i] * scale;
        }
        return new ToneModel(language, features, weights, bias);
    }

    /// <summary>The model as it will be shipped (weights through the same 8-bit rounding), so a figure measured on it is the shipped one.</summary>
    public ToneModel Quantised()
    {
        using var buffer = new MemoryStream();
        Write(buffer);
        buffer.Position = 0;
        return Read(buffer);
    }
}
