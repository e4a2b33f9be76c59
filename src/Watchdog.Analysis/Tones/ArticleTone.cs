using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tones;

/// <summary>How many of an article's sentences were positive, negative and neutral.</summary>
public readonly record struct SentenceTones(int Positive, int Negative, int Neutral)
{
    public int Total => Positive + Negative + Neutral;
}

/// <summary>
/// The tone of an article from the tone of its sentences (title first): positive when the share of positive sentences
/// is at least <see cref="MinShare"/> and exceeds the share of negative ones by <see cref="Margin"/>, negative the other
/// way round, neutral otherwise — so a report that quotes one angry critic among twenty factual sentences stays neutral,
/// and one that is mixed stays neutral too. Only the first <see cref="MaxSentences"/> sentences are read, which bounds
/// the cost at ingest and covers what a news article leads with.
/// </summary>
public static class ArticleTone
{
    /// <summary>
    /// News leads with its substance, and each sentence costs ~0.04 ms of CPU (bench <c>tone</c>): 30 sentences keep an
    /// article's tone near 1 ms at ingest, where a page costs 7–10 ms in all.
    /// </summary>
    public const int MaxSentences = 30;

    /// <summary>
    /// The share of sentences one tone needs over the other. Not fitted (there is no article-level labelled set here):
    /// chosen so that a 20-sentence article needs at least two more sentences of one tone than of the other.
    /// </summary>
    public const double Margin = 0.10;

    /// <summary>A tone must hold at least this share of the sentences to be the article's: one line in a long text is not its tone.</summary>
    public const double MinShare = 0.15;

    /// <returns>The article's tone; null when its language has no model or it has no sentence with words.</returns>
    public static Tone? Of(string title, string text, string language, ToneClassifier classifier)
    {
        var counts = Count(title, text, language, classifier);
        return counts is { } c ? Decide(c) : null;
    }

    /// <returns>The tone of each sentence read, counted; null when the language has no model.</returns>
    public static SentenceTones? Count(string title, string text, string language, ToneClassifier classifier)
    {
        if (classifier.ModelFor(language) is null) return null;
        int positive = 0, negative = 0, neutral = 0;
        foreach (var sentence in SentenceSplitter.Split(title).Concat(SentenceSplitter.Split(text)).Take(MaxSentences))
        {
            switch (classifier.Classify(sentence, language))
            {
                case Tone.Positive: positive++; break;
                case Tone.Negative: negative++; break;
                case Tone.Neutral: neutral++; break;
            }
        }
        return new SentenceTones(positive, negative, neutral);
    }

    /// <returns>The tone the sentence counts give (see <see cref="ArticleTone"/>), null when no sentence was classified.</returns>
    public static Tone? Decide(SentenceTones counts)
    {
        if (counts.Total == 0) return null;
        var positive = (double)counts.Positive / counts.Total;
        var negative = (double)counts.Negative / counts.Total;
        if (positive >= MinShare && positive - negative >= Margin) return Tone.Positive;
        if (negative >= MinShare && negative - positive >= Margin) return Tone.Negative;
        return Tone.Neutral;
    }
}
