namespace Watchdog.Extract.Evaluation;

/// <summary>The benchmark's corpus-level figures: means of page precision and recall, their F1, and exact-match accuracy.</summary>
public sealed record MetricSummary(double Precision, double Recall, double F1, double Accuracy, int Pages)
{
    public static MetricSummary From(IReadOnlyCollection<PageScore> pages)
    {
        var forPrecision = pages.Where(p => p.CountsForPrecision).ToList();
        var forRecall = pages.Where(p => p.CountsForRecall).ToList();
        var precision = forPrecision.Count == 0 ? 0 : forPrecision.Average(p => p.Precision);
        var recall = forRecall.Count == 0 ? 0 : forRecall.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count == 0 ? 0 : (double)pages.Count(p => p.ExactMatch) / pages.Count;
        return new MetricSummary(precision, recall, f1, accuracy, pages.Count);
    }
}
