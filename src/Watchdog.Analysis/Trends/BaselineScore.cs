namespace Watchdog.Analysis.Trends;

/// <summary>
/// A count measured against its baseline: the baseline mean and z = (count − mean) / √max(variance, mean, 1).
/// The variance floor at the mean is the Poisson variance (counts of independent items cannot be steadier than
/// that, however flat the baseline happened to be); the floor at 1 keeps an all-zero baseline from giving an
/// infinite score.
/// </summary>
internal readonly record struct BaselineScore(double Mean, double Z)
{
    public static BaselineScore Of(IReadOnlyCollection<long> baseline, long count)
    {
        var mean = baseline.Average(value => (double)value);
        var variance = baseline.Sum(value => (value - mean) * (value - mean)) / baseline.Count;
        var spread = Math.Sqrt(Math.Max(Math.Max(variance, mean), 1));
        return new BaselineScore(mean, (count - mean) / spread);
    }
}
