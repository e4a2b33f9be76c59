using Watchdog.Analysis.Stories.Evaluation;

namespace Watchdog.Analysis.Tests.Stories;

public class PairwiseScoresTests
{
    private static readonly Dictionary<long, string> Truth = new() { [1] = "a", [2] = "a", [3] = "a", [4] = "b" };

    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var scores = PairwiseScores.Measure([[1, 2, 3], [4]], Truth);
        Assert.Equal((1.0, 1.0), (scores.Precision, scores.Recall));
    }

    [Fact]
    public void One_cluster_of_everything_has_full_recall_and_half_precision()
    {
        var scores = PairwiseScores.Measure([[1, 2, 3, 4]], Truth);
        Assert.Equal((0.5, 1.0), (scores.Precision, scores.Recall));
    }

    [Fact]
    public void Singletons_have_full_precision_and_no_recall()
    {
        var scores = PairwiseScores.Measure([[1], [2], [3], [4]], Truth);
        Assert.Equal((1.0, 0.0), (scores.Precision, scores.Recall));
    }
}
