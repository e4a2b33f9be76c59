using System.Runtime.InteropServices;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// Tags a sentence left to right, each token by the best-scoring label that keeps the sequence valid IOB2 (I-X only
/// after B-X or I-X), the two tags before it being features. Shared by tagging and training, so both decode alike.
/// </summary>
internal static class GreedyDecoder
{
    /// <param name="score">Adds the weights of the given features to the scores (one per label).</param>
    /// <param name="ownScores">The text's remembered sums of its words' own features under the same weights, or null
    /// when the weights change between calls (training).</param>
    /// <param name="features">A list to collect each token's features in (its content is replaced).</param>
    public static int[] Decode(SentenceFeatures sentence, ScoreFeatures score, OwnFeatureScores? ownScores, List<uint> features)
    {
        var labels = new int[sentence.Count];
        Span<float> scores = stackalloc float[EntityLabels.Count];
        for (var i = 0; i < sentence.Count; i++)
        {
            var previous = i > 0 ? labels[i - 1] : 0;
            Collect(sentence, i, previous, i > 1 ? labels[i - 2] : 0, features);
            scores.Clear();
            var all = CollectionsMarshal.AsSpan(features);
            var scored = 0;
            if (ownScores is not null)
            {
                // A token's own features open its list (SentenceFeatures), so their sum is where its score starts.
                var word = sentence.Word(i);
                ownScores.AddTo(word, all[..word.Own.Length], score, scores);
                scored = word.Own.Length;
            }
            score(all[scored..], scores);
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
