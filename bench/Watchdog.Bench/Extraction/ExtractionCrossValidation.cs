using System.Globalization;
using Watchdog.Extract;
using Watchdog.Extract.Evaluation;

namespace Watchdog.Bench.Extraction;

/// <summary>One setting of the tuned thresholds and its page scores on every development page.</summary>
public sealed record GridPoint(ExtractionParameters Parameters, IReadOnlyList<PageScore> Scores);

/// <summary>What k-fold cross-validation of the threshold choice gives.</summary>
/// <param name="PooledHeldOut">Every page scored with the thresholds chosen on the folds without it: the honest figure.</param>
/// <param name="Folds">Per fold: the thresholds chosen on the other folds, their F1 there, and the F1 on the held-out fold.</param>
/// <param name="DefaultsOnAll">The shipped defaults on all pages (the plain development figure).</param>
/// <param name="BestOnAll">The grid's best on all pages: what tuning on the whole development set would claim.</param>
public sealed record CrossValidationFigures(
    int K, int GridSize, MetricSummary PooledHeldOut, IReadOnlyList<FoldFigures> Folds, MetricSummary DefaultsOnAll,
    MetricSummary BestOnAll, ExtractionParameters BestParameters);

public sealed record FoldFigures(int Fold, int HeldOutPages, ExtractionParameters Chosen, double TrainingF1, MetricSummary HeldOut);

/// <summary>
/// Honest generalisation figures for the extractor's tuned thresholds (<see cref="ExtractionParameters"/>):
/// every setting of a small grid around the defaults is run on every development page once; then, for
/// each of k folds, the setting with the best F1 on the other k−1 folds is chosen and scored on the
/// held-out fold. The pooled held-out F1 is what tuning on these pages is worth on pages it did not see.
/// </summary>
public static class ExtractionCrossValidation
{
    /// <summary>Folds: 5 leaves 18 pages per held-out fold, enough for a page-mean to mean something.</summary>
    public const int DefaultFolds = 5;

    /// <summary>The grid: each tuned threshold at its default and on either side of it; the defaults come first.</summary>
    public static IReadOnlyList<ExtractionParameters> Grid()
    {
        var d = ExtractionParameters.Default;
        var grid = new List<ExtractionParameters> { d };
        foreach (var linkCost in new[] { 0.35, d.LinkedCharacterCost, 0.7 })
            foreach (var furniture in new[] { 0.15, d.FurnitureProseFactor, 0.5 })
                foreach (var semantic in new[] { 0.45, d.SemanticContainerShare, 0.75 })
                    foreach (var continuation in new[] { 0.03, d.ContinuationShare, 0.3 })
                    {
                        var point = new ExtractionParameters
                        {
                            LinkedCharacterCost = linkCost, FurnitureProseFactor = furniture,
                            SemanticContainerShare = semantic, ContinuationShare = continuation,
                        };
                        if (point != d) grid.Add(point);
                    }
        return grid;
    }

    public static CrossValidationFigures Run(IReadOnlyList<BenchmarkPage> pages, int k)
    {
        var decoded = pages.Select(p => (Html: BenchmarkCorpus.DecodeHtml(p.Html), p.Url, Truth: p.ExpectedBody ?? "")).ToList();
        var points = Grid().Select(parameters =>
        {
            var options = ExtractionEvaluator.EvaluationOptions with { Parameters = parameters };
            var scores = decoded.Select(p => ShingleMetric.ScorePage(p.Truth, ArticleExtractor.Extract(p.Html, p.Url, options).Text)).ToList();
            return new GridPoint(parameters, scores);
        }).ToList();

        // Pages are assigned to folds by their position in id order; the ids are content hashes, so this is a random split.
        var fold = Enumerable.Range(0, pages.Count).Select(i => i % k).ToArray();
        var pooled = new PageScore[pages.Count];
        var folds = new List<FoldFigures>();
        for (var f = 0; f < k; f++)
        {
            var held = f;
            var (chosen, trainingF1) = Best(points, i => fold[i] != held);
            var heldOut = new List<PageScore>();
            for (var i = 0; i < pages.Count; i++)
            {
                if (fold[i] != held) continue;
                pooled[i] = chosen.Scores[i];
                heldOut.Add(chosen.Scores[i]);
            }
            folds.Add(new FoldFigures(f, heldOut.Count, chosen.Parameters, trainingF1, MetricSummary.From(heldOut)));
        }
        var defaults = points.First(p => p.Parameters == ExtractionParameters.Default);
        var (best, _) = Best(points, _ => true);
        return new CrossValidationFigures(k, points.Count, MetricSummary.From(pooled), folds, MetricSummary.From(defaults.Scores.ToList()),
            MetricSummary.From(best.Scores.ToList()), best.Parameters);
    }

    // Ties go to the earlier grid point, so the defaults (chosen before any tuning) win a tie.
    private static (GridPoint Point, double F1) Best(IReadOnlyList<GridPoint> points, Func<int, bool> inTraining)
    {
        GridPoint? best = null;
        var bestF1 = double.MinValue;
        foreach (var point in points)
        {
            var f1 = MetricSummary.From(point.Scores.Where((_, i) => inTraining(i)).ToList()).F1;
            if (f1 > bestF1 + 1e-12)
            {
                best = point;
                bestF1 = f1;
            }
        }
        return (best!, bestF1);
    }

    public static string Describe(ExtractionParameters p) => string.Create(CultureInfo.InvariantCulture,
        $"link cost {p.LinkedCharacterCost}, furniture {p.FurnitureProseFactor}, semantic share {p.SemanticContainerShare}, continuation {p.ContinuationShare}");

    public static object ToJson(CrossValidationFigures cv) => new
    {
        method = $"{cv.K}-fold cross-validation over the development pages: for each fold, the grid setting with the best F1 on the other folds is scored on it; pooled over all held-out pages",
        k = cv.K,
        gridSize = cv.GridSize,
        crossValidatedF1 = cv.PooledHeldOut.F1,
        crossValidatedPrecision = cv.PooledHeldOut.Precision,
        crossValidatedRecall = cv.PooledHeldOut.Recall,
        defaultsF1 = cv.DefaultsOnAll.F1,
        bestInGridF1 = cv.BestOnAll.F1,
        bestInGrid = Describe(cv.BestParameters),
        folds = cv.Folds.Select(f => new { fold = f.Fold, pages = f.HeldOutPages, chosen = Describe(f.Chosen), trainingF1 = f.TrainingF1, heldOutF1 = f.HeldOut.F1 }),
    };
}
