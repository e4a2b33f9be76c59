using System.Runtime.InteropServices;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// Tags a sentence left to right, each token by the best-scoring label that keeps the sequence valid IOB2 (I-X only
/// after B-X or I-X), the two tags before it being features. Shared by tagging and training, so both decode alike.
/// </summary>
internal static class GreedyDecoder
{
    /// <param name="score">Adds the weights of the given features to the scores (one per label).</param>
    public static int[] Decode(SentenceFeatures sentence, ScoreFeatures score)
    {
        var labels = new int[sentence.Count];
        var features = new List<uint>(64);
        Span<float> scores = stackalloc float[EntityLabels.Count];
        for (var i = 0; i < sentence.Count; i++)
        {
            var previous = i > 0 ? labels[i - 1] : 0;
            Collect(sentence, i, previous, i > 1 ? labels[i - 2] : 0, features);
            scores.Clear();
            score(CollectionsMarshal.AsSpan(features), scores);
            labels[i] = Best(scores, previous);
        }
        return labels;
    }

    public static void Collect(SentenceFeatures sentence, int i, int previous, int beforePrevious, List<uint> features)
    {
        features.Clear();
        features.AddRange(sentence.Static(i));
        sentence.AddHistory(features, i, previous, beforePrevious);
    }

    /// <summary>The valid label with the highest score (ties to the lower index, so O wins a tie).</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = 0;
        for (var label = 1; label < scores.Length; label++)
            if (EntityLabels.CanFollow(previous, label) && scores[label] > scores[best]) best = label;
        return best;
    }
}

internal delegate void ScoreFeatures(ReadOnlySpan<uint> features, Span<float> scores);
