namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>Parameters of <see cref="StoryClusterer"/>; the defaults were tuned on the test fixture (see README).</summary>
public sealed record StoryClusteringOptions
{
    /// <summary>An article joins only stories with a member within this time of its own publication.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Least cosine similarity between an article and a story's centroid for the article to join it.</summary>
    public double SimilarityThreshold { get; init; } = 0.32;

    /// <summary>
    /// Least cosine over shared anchors (names, numbers, months: <see cref="Anchors.SharedAnchors"/>) for an article to join a
    /// story that has no article in its language yet: how a Kazakh report joins the Russian one of the same event.
    /// </summary>
    public double CrossLanguageThreshold { get; init; } = 0.35;

    /// <summary>Weight of a shared anchor against a stem of the same frequency; 0 leaves anchors out (and stories stay within a language).</summary>
    public double AnchorWeight { get; init; } = 1;

    /// <summary>How many times a title word counts against a body word: titles name the event.</summary>
    public double TitleBoost { get; init; } = 2;

    /// <summary>Top terms of an article looked up in the term → story index to find candidate stories.</summary>
    public int QueryTerms { get; init; } = 15;

    /// <summary>Most terms in a story label; fewer (never below three) when the rest weigh much less than the top one.</summary>
    public int MaxLabelTerms { get; init; } = 5;

    /// <summary>
    /// Most stories kept open at once: past it, the story whose last article is oldest closes early (it keeps its
    /// snapshot, as any closed story). It bounds the clusterer's memory when every article falls within the closing age
    /// (many sources, few repeats: a few KB of centroid and spellings each, so ≈ 60 MB at the default); below it nothing
    /// changes. Not tuned: the stories fixtures never have more than a few dozen open.
    /// </summary>
    public int MaxOpenStories { get; init; } = 10_000;

    /// <summary>
    /// Most terms the clusterer keeps document frequencies of: on reaching it, it forgets the terms no open story has and
    /// fewer than two articles had (<see cref="DocumentFrequencies.Compact"/>), the rarest first, until half remain, so a
    /// service that runs for months does not keep every number and name it ever met. ≈ 150 bytes a term with the
    /// per-article tables sized by it: ≈ 30 MB at the default. Below it nothing changes: 2,000 real-size pages (the
    /// stories-cpu bench) have 8,734 terms. Not tuned.
    /// </summary>
    public int MaxTerms { get; init; } = 200_000;

    /// <summary>Throws when an option is out of range, so a bad configuration fails at start-up with a reason.</summary>
    public void Validate()
    {
        if (Window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Window), Window, "The window must be positive.");
        if (SimilarityThreshold is <= 0 or > 1 || double.IsNaN(SimilarityThreshold))
            throw new ArgumentOutOfRangeException(nameof(SimilarityThreshold), SimilarityThreshold, "The similarity threshold must be in (0, 1].");
        if (CrossLanguageThreshold is <= 0 or > 1 || double.IsNaN(CrossLanguageThreshold))
            throw new ArgumentOutOfRangeException(nameof(CrossLanguageThreshold), CrossLanguageThreshold, "The cross-language threshold must be in (0, 1].");
        if (AnchorWeight < 0 || double.IsNaN(AnchorWeight))
            throw new ArgumentOutOfRangeException(nameof(AnchorWeight), AnchorWeight, "The anchor weight cannot be negative.");
        if (TitleBoost < 1 || double.IsNaN(TitleBoost))
            throw new ArgumentOutOfRangeException(nameof(TitleBoost), TitleBoost, "The title boost must be at least 1.");
        if (QueryTerms < 1) throw new ArgumentOutOfRangeException(nameof(QueryTerms), QueryTerms, "At least one query term is needed.");
        if (MaxOpenStories < 1) throw new ArgumentOutOfRangeException(nameof(MaxOpenStories), MaxOpenStories, "At least one story must stay open.");
        if (MaxTerms < 1) throw new ArgumentOutOfRangeException(nameof(MaxTerms), MaxTerms, "At least one term must be kept.");
        if (MaxLabelTerms < 1) throw new ArgumentOutOfRangeException(nameof(MaxLabelTerms), MaxLabelTerms, "A label needs at least one term.");
    }
}
