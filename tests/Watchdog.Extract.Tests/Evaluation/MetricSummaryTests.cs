using Watchdog.Extract.Evaluation;

namespace Watchdog.Extract.Tests.Evaluation;

public class MetricSummaryTests
{
    [Fact]
    public void Empty_prediction_lowers_recall_but_not_precision()
    {
        var perfect = ShingleMetric.ScorePage("a b c d e", "a b c d e");
        var empty = ShingleMetric.ScorePage("a b c d e", "");

        var summary = MetricSummary.From([perfect, empty]);

        Assert.Equal(1.0, summary.Precision);
        Assert.Equal(0.5, summary.Recall);
        Assert.Equal(2 * 1.0 * 0.5 / 1.5, summary.F1, 10);
        Assert.Equal(0.5, summary.Accuracy);
    }

    [Fact]
    public void Precision_and_recall_are_means_of_page_figures_not_pooled_counts()
    {
        // Page 1: P = 1/3, R = 1. Page 2: P = 1, R = 1/5 (see ShingleMetricTests for the counts).
        var summary = MetricSummary.From([ShingleMetric.ScorePage("a b c d", "a b c d e f"), ShingleMetric.ScorePage("x y z w x y z w", "x y z w")]);

        Assert.Equal((1.0 / 3 + 1) / 2, summary.Precision, 10);
        Assert.Equal((1 + 0.2) / 2, summary.Recall, 10);
        Assert.Equal(0, summary.Accuracy);
    }
}
