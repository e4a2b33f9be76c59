namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>Where <see cref="StoryClusterer.Add"/> put an article.</summary>
/// <param name="Similarity">Cosine similarity to the story joined, or to the closest candidate when a new story was started (0 when there was none).</param>
public sealed record StoryAssignment(int StoryId, bool IsNewStory, double Similarity);
