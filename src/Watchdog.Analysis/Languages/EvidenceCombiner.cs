namespace Watchdog.Analysis.Languages;

/// <summary>
/// Joins Lingua's confidences with the shipped model's log-likelihoods into one ranking: a weighted sum of
/// log-probabilities (a product of experts), renormalised. The two weights were chosen by 5-fold cross-validation
/// over the training sentences alone — single words and word pairs cut from held-out folds, never the
/// test set's items — and accuracy was flat for weights 0.1–0.2 and floors 0.0001–0.01.
/// </summary>
internal static class EvidenceCombiner
{
    /// <summary>
    /// Scale of the model's log-likelihood against Lingua's log-confidence. Lingua's n-grams come from far more
    /// text than the model's and its confidences are already sharp, so the model mostly breaks near-ties.
    /// </summary>
    public const double ModelWeight = 0.15;

    /// <summary>Added to Lingua's confidence before its log, so a language Lingua put at zero can still be lifted by strong model evidence.</summary>
    public const double LinguaFloor = 0.01;

    /// <returns>Every language of <paramref name="languages"/> with its combined confidence (summing to 1), in the same order.</returns>
    public static List<LanguageScore> Combine(IReadOnlyList<string> languages, IReadOnlyDictionary<string, double> linguaConfidences, ReadOnlySpan<double> logLikelihoods)
    {
        var scores = new double[languages.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Log(linguaConfidences.GetValueOrDefault(languages[i]) + LinguaFloor) + ModelWeight * logLikelihoods[i];
        }
        var max = scores.Max();
        var total = 0.0;
        for (var i = 0; i < scores.Length; i++) total += scores[i] = Math.Exp(scores[i] - max);
        return [.. languages.Select((language, i) => new LanguageScore(language, scores[i] / total))];
    }
}
