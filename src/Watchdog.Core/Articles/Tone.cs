namespace Watchdog.Core.Articles;

/// <summary>
/// The tone of a sentence or an article: whether it speaks of its subject favourably, unfavourably or neither.
/// Shown only in aggregate (shares per query, source, story and period), never per person.
/// </summary>
public enum Tone
{
    Negative,
    Neutral,
    Positive,
}

/// <summary>The labels tones are written as (CLI output, API, storage): <c>negative</c>, <c>neutral</c>, <c>positive</c>.</summary>
public static class ToneLabels
{
    public const string Negative = "negative";
    public const string Neutral = "neutral";
    public const string Positive = "positive";

    /// <summary>Every tone, in the order of <see cref="Tone"/>'s values (a model's class index is its tone).</summary>
    public static IReadOnlyList<Tone> All { get; } = [Tone.Negative, Tone.Neutral, Tone.Positive];

    public static string Label(this Tone tone) => tone switch
    {
        Tone.Negative => Negative,
        Tone.Neutral => Neutral,
        Tone.Positive => Positive,
        _ => throw new ArgumentOutOfRangeException(nameof(tone), tone, null),
    };

    /// <returns>The tone a label names (case-insensitive), or null for anything else.</returns>
    public static Tone? Parse(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        Negative => Tone.Negative,
        Neutral => Tone.Neutral,
        Positive => Tone.Positive,
        _ => null,
    };
}
