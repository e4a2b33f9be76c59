namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>An article as story clustering needs it: identity, time, language as detected, title and body text.</summary>
/// <param name="Language">ISO 639-1 code ("ru", "kk", "en"); "und" or empty words are only normalised, not stemmed.</param>
public sealed record StoryArticle(long Id, DateTimeOffset PublishedAt, string Language, string Title, string Text);
