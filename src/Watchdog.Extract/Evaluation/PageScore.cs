namespace Watchdog.Extract.Evaluation;

/// <summary>Shingle counts for one page and the page-level precision and recall the benchmark defines.</summary>
public sealed record PageScore(int TruePositives, int FalsePositives, int FalseNegatives, bool ExactMatch)
{
    /// <summary>1 when nothing was wrong, 0 when nothing was predicted right, else tp / (tp + fp).</summary>
    public double Precision => Ratio(FalsePositives);

    /// <summary>1 when nothing was wrong, 0 when nothing true was found, else tp / (tp + fn).</summary>
    public double Recall => Ratio(FalseNegatives);

    /// <summary>Whether this page counts towards mean precision: an empty prediction costs recall only.</summary>
    public bool CountsForPrecision => TruePositives + FalsePositives > 0;

    /// <summary>Whether this page counts towards mean recall: an empty truth has nothing to recall.</summary>
    public bool CountsForRecall => TruePositives + FalseNegatives > 0;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private double Ratio(int errors)
    {
        if (FalsePositives == 0 && FalseNegatives == 0) return 1;
        if (TruePositives == 0 && errors == 0) return 0;
        return (double)TruePositives / (TruePositives + errors);
    }
}
