namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>A group of articles about one event, as found by <see cref="StoryClusterer"/>.</summary>
/// <param name="Id">Number given in order of creation by one clusterer, starting at 1; not stable across runs.</param>
/// <param name="ArticleIds">Members in the order they were added.</param>
/// <param name="Label">Three to five top terms of the story, each as its most frequent written (lower-cased) form.</param>
/// <param name="Languages">Distinct languages of the members, sorted.</param>
public sealed record Story(
    int Id,
    IReadOnlyList<long> ArticleIds,
    IReadOnlyList<string> Label,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<string> Languages);
