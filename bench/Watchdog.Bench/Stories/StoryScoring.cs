using Watchdog.Analysis.Stories.Clustering;
using Watchdog.Analysis.Stories.Evaluation;

namespace Watchdog.Bench.Stories;

/// <summary>Pairwise scores of one clustering of labelled news: all pairs, pairs within a language, across languages, and Russian–Kazakh pairs.</summary>
public sealed record StoryScoring(PairwiseScores All, PairwiseScores SameLanguage, PairwiseScores CrossLanguage, PairwiseScores RussianKazakh)
{
    public static StoryScoring Of(IReadOnlyList<LabelledNews> items, StoryClusteringOptions options)
    {
        var stories = StoryStream.Assign(items.Select(item => item.ToArticle()), options);
        return Of(items, stories.ToDictionary(pair => pair.Key, pair => (long)pair.Value));
    }

    public static StoryScoring Of(IReadOnlyList<LabelledNews> items, IReadOnlyDictionary<long, long> clusterOf)
    {
        var truth = items.ToDictionary(item => item.Id, item => item.Event);
        var language = items.ToDictionary(item => item.Id, item => item.Lang);
        return new StoryScoring(
            PairwiseScores.Measure(clusterOf, truth),
            PairwiseScores.Measure(clusterOf, truth, (a, b) => language[a] == language[b]),
            PairwiseScores.Measure(clusterOf, truth, (a, b) => language[a] != language[b]),
            PairwiseScores.Measure(clusterOf, truth, (a, b) => (language[a], language[b]) is ("ru", "kk") or ("kk", "ru")));
    }

    public object ToJson() => new { all = Json(All), sameLanguage = Json(SameLanguage), crossLanguage = Json(CrossLanguage), russianKazakh = Json(RussianKazakh) };

    public override string ToString() =>
        $"all F1 {All.F1:F3} (P {All.Precision:F3} R {All.Recall:F3}); same language F1 {SameLanguage.F1:F3}; cross-language F1 {CrossLanguage.F1:F3} " +
        $"(P {CrossLanguage.Precision:F3} R {CrossLanguage.Recall:F3}); ru–kk R {RussianKazakh.Recall:F3} P {RussianKazakh.Precision:F3}";

    private static object Json(PairwiseScores s) => new
    {
        precision = Math.Round(s.Precision, 3), recall = Math.Round(s.Recall, 3), f1 = Math.Round(s.F1, 3),
        pairsTogether = s.PairsTogether, pairsBelongingTogether = s.PairsBelongingTogether,
    };
}
