namespace Watchdog.Analysis.Trends;

/// <summary>A run of consecutive buckets with unusually many items.</summary>
/// <param name="StartBucket">First bursting bucket (index into the series).</param>
/// <param name="EndBucket">Last bursting bucket, inclusive.</param>
/// <param name="Start">Start of the first bucket.</param>
/// <param name="End">End of the last bucket (exclusive).</param>
/// <param name="Count">Items in the burst's buckets.</param>
/// <param name="ExpectedCount">Sum of the baseline means of those buckets.</param>
/// <param name="Score">Highest z-score of its buckets (see <see cref="BurstDetector"/>).</param>
public sealed record Burst(int StartBucket, int EndBucket, DateTimeOffset Start, DateTimeOffset End, long Count, double ExpectedCount, double Score);
