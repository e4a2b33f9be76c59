using Watchdog.Analysis.Trends;
using Watchdog.Core.Articles;
using Watchdog.Application.Reporting;

namespace Watchdog.Web.Api.Contracts;

/// <summary>How much was published on a query per bucket, compared with the period before, with bursts and top sources.</summary>
/// <param name="From">Start of the first bucket.</param>
/// <param name="To">End of the last bucket (exclusive).</param>
/// <param name="ChangeRatio">(total − previousTotal) ÷ previousTotal, so 0.5 is a 50 % rise; null when the previous period had none.</param>
/// <param name="ChangeIsSignificant">Whether the change is more than chance would give (conditional binomial test, p &lt; 0.01).</param>
/// <param name="Bucket">day or hour.</param>
/// <param name="Sources">The sources with most matches, at most <see cref="TrendResponse.TopSources"/>, each with its matches' tone.</param>
/// <param name="Tone">The tone of the period's matches, in aggregate (each point and source has its own).</param>
public sealed record TrendResponse(
    string Query,
    DateTimeOffset From,
    DateTimeOffset To,
    long Total,
    long PreviousTotal,
    double? ChangeRatio,
    bool ChangeIsSignificant,
    string Bucket,
    IReadOnlyList<TrendPointView> Points,
    IReadOnlyList<BurstView> Bursts,
    IReadOnlyList<SourceCountView> Sources,
    IReadOnlyList<LanguageCountView> Languages,
    ToneShares Tone)
{
    public const int TopSources = 20;

    public static TrendResponse Of(TrendReport trend, string query, string bucket, SourceNames names)
    {
        var current = trend.Current;
        return new TrendResponse(
            query, trend.From, trend.To, current.Total, trend.PreviousTotal,
            trend.ChangeRatio,
            trend.ChangeIsSignificant, bucket,
            [.. current.Counts.Select((count, i) => new TrendPointView(trend.From + current.Bucket * i, count, ToneShares.From(current.Tones.PerBucket[i])))],
            [.. trend.Bursts.Select(BurstView.From)],
            [.. current.BySource.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(TopSources).Select(s => new SourceCountView(s.Key, names.Of(s.Key), s.Value,
                ToneShares.From(current.Tones.BySource.GetValueOrDefault(s.Key, ToneCounts.None))))],
            [.. current.ByLanguage.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).Select(l => new LanguageCountView(l.Key, l.Value))],
            ToneShares.From(current.Tones.Total));
    }
}

/// <param name="Start">Start of the bucket; it covers one day or one hour from there.</param>
public sealed record TrendPointView(DateTimeOffset Start, long Count, ToneShares Tone);

/// <summary>A run of buckets with unusually many articles.</summary>
/// <param name="End">End of its last bucket (exclusive).</param>
/// <param name="Expected">What the baseline before it would have given over the same buckets.</param>
/// <param name="Score">Highest z-score of its buckets against that baseline.</param>
public sealed record BurstView(DateTimeOffset Start, DateTimeOffset End, long Count, double Expected, double Score)
{
    public static BurstView From(Burst burst) =>
        new(burst.Start, burst.End, burst.Count, Math.Round(burst.ExpectedCount, 2), Math.Round(burst.Score, 2));
}

public sealed record SourceCountView(long Id, string Name, long Count, ToneShares Tone);

/// <param name="Code">ISO 639-1 code, or und when it could not be told.</param>
public sealed record LanguageCountView(string Code, long Count);
