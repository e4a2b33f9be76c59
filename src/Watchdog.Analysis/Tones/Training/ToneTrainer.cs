using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tones.Training;

/// <summary>
/// Fits a <see cref="ToneModel"/>: multinomial logistic regression by AdaGrad over the examples in a seeded order,
/// single-threaded, so the same data and settings give the same weights on every run. Each example's loss is weighted
/// by the inverse frequency of its tone, so a set with few positive sentences (ru: 19 %) still teaches the model to
/// say positive.
/// </summary>
public static class ToneTrainer
{
    private const float AdaGradFloor = 1e-6f;
    private static readonly int Tones = ToneLabels.All.Count;

    public static ToneModel Train(IReadOnlyList<ToneExample> examples, string language, ToneFeatureSettings features, ToneTrainingSettings settings)
    {
        if (examples.Count == 0) throw new ArgumentException("No examples to train on.", nameof(examples));
        var vectors = examples.Select(e => ToneFeatures.Of(e.Text, language, features)).ToArray();
        var labels = examples.Select(e => (int)e.Tone).ToArray();
        var toneWeights = InverseFrequencies(labels);

        var slots = features.Slots;
        var weights = new float[Tones * slots];
        var squaredGradients = new float[Tones * slots];
        var bias = new float[Tones];
        var biasSquaredGradients = new float[Tones];
        var order = Enumerable.Range(0, vectors.Length).ToArray();
        var random = new Random(settings.Seed);
        Span<float> probabilities = stackalloc float[Tones];

        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var n in order)
            {
                var x = vectors[n];
                Softmax(x, weights, bias, slots, probabilities);
                var exampleWeight = toneWeights[labels[n]];
                for (var t = 0; t < Tones; t++)
                {
                    var error = (probabilities[t] - (t == labels[n] ? 1f : 0f)) * exampleWeight;
                    biasSquaredGradients[t] += error * error;
                    bias[t] -= settings.LearningRate * error / MathF.Sqrt(biasSquaredGradients[t] + AdaGradFloor);
                    var offset = t * slots;
                    for (var k = 0; k < x.Indices.Length; k++)
                    {
                        var i = offset + x.Indices[k];
                        var gradient = error * x.Values[k] + settings.L2 * weights[i];
                        squaredGradients[i] += gradient * gradient;
                        weights[i] -= settings.LearningRate * gradient / MathF.Sqrt(squaredGradients[i] + AdaGradFloor);
                    }
                }
            }
        }
        return new ToneModel(language, features, weights, bias);
    }

    /// <summary>Weight of each tone's examples: total ÷ (tones × examples of that tone), 1 for a balanced set.</summary>
    private static float[] InverseFrequencies(int[] labels)
    {
        var counts = new int[Tones];
        foreach (var label in labels) counts[label]++;
        return [.. counts.Select(c => c == 0 ? 0f : labels.Length / (float)(Tones * c))];
    }

    private static void Softmax(FeatureVector x, float[] weights, float[] bias, int slots, Span<float> probabilities)
    {
        ToneModel.Score(x, weights, bias, slots, probabilities);
        var largest = float.NegativeInfinity;
        for (var t = 0; t < Tones; t++) largest = Math.Max(largest, probabilities[t]);
        var total = 0f;
        for (var t = 0; t < Tones; t++)
        {
            probabilities[t] = MathF.Exp(probabilities[t] - largest);
            total += probabilities[t];
        }
        for (var t = 0; t < Tones; t++) probabilities[t] /= total;
    }
}
