namespace Watchdog.Core.Articles;

/// <summary>
/// How many articles of a set carry each tone; <see cref="Untagged"/> ones have none (stored before tone was computed,
/// or in a language without a tone model). Shares are of the tagged articles, so untagged ones do not dilute them.
/// </summary>
public sealed record ToneCounts(long Positive, long Negative, long Neutral, long Untagged)
{
    public static ToneCounts None { get; } = new(0, 0, 0, 0);

    public long Tagged => Positive + Negative + Neutral;

    public long Total => Tagged + Untagged;

    /// <returns>The share of tagged articles with <paramref name="tone"/>, or null when none is tagged.</returns>
    public double? Share(Tone tone) => Tagged == 0 ? null : (double)Of(tone) / Tagged;

    public long Of(Tone tone) => tone switch
    {
        Tone.Positive => Positive,
        Tone.Negative => Negative,
        _ => Neutral,
    };

    /// <summary>Counts the tones of a set of articles (null = untagged).</summary>
    public static ToneCounts Of(IEnumerable<Tone?> tones)
    {
        long positive = 0, negative = 0, neutral = 0, untagged = 0;
        foreach (var tone in tones)
        {
            switch (tone)
            {
                case Tone.Positive: positive++; break;
                case Tone.Negative: negative++; break;
                case Tone.Neutral: neutral++; break;
                default: untagged++; break;
            }
        }
        return new ToneCounts(positive, negative, neutral, untagged);
    }
}
