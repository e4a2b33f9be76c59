using Watchdog.Core.Articles;
using Watchdog.Application.Reporting;

namespace Watchdog.Web.Api.Contracts;

/// <param name="Stories">Most matching articles first, then most recently updated.</param>
public sealed record StoriesResponse(string Query, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<StoryView> Stories);

/// <summary>Articles about one event.</summary>
/// <param name="Id">Given at ingest and stored: the same story has the same id in every answer.</param>
/// <param name="Label">The words that weigh most in the story's articles, most telling first.</param>
/// <param name="Size">How many of the matches belong to the story.</param>
/// <param name="TotalSize">How many articles the story has, matching or not.</param>
/// <param name="Articles">The newest few matching ones.</param>
/// <param name="Timeline">The matching articles oldest first: who published first, who followed, who reprinted.</param>
/// <param name="Tone">The tone of its matching articles, in aggregate.</param>
public sealed record StoryView(
    int Id,
    IReadOnlyList<string> Label,
    int Size,
    int TotalSize,
    IReadOnlyList<string> Languages,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<StoryArticleView> Articles,
    IReadOnlyList<TimelineEntryView> Timeline,
    ToneShares Tone)
{
    public const int SampleArticles = 5;

    /// <summary>Timeline entries shown: the first source and who followed soonest.</summary>
    public const int TimelineEntries = 10;

    public static StoryView From(FoundStory found, SourceNames names) => new(
        found.Story.Id, found.Story.Label, found.Articles.Count, found.Story.Size, found.Story.Languages, found.Story.FirstSeen, found.Story.LastSeen,
        [.. found.Articles.Take(SampleArticles).Select(a => StoryArticleView.From(a, names))],
        [.. found.Timeline.Take(TimelineEntries).Select(e => TimelineEntryView.From(e, names))],
        ToneShares.From(found.Tone));
}

public sealed record StoryArticleView(long Id, string Title, Uri Url, string Source, string Language, DateTimeOffset? PublishedAt)
{
    public static StoryArticleView From(Article article, SourceNames names) =>
        new(article.Id, article.Title, article.Url, names.Of(article.SourceId), article.Language, article.PublishedAt);
}

/// <param name="Role">first, follower or reprint.</param>
/// <param name="MinutesAfterFirst">Minutes after the story's first matching article.</param>
/// <param name="ReprintOf">For a reprint, the id of the earlier article it repeats.</param>
public sealed record TimelineEntryView(long ArticleId, string Title, Uri Url, string Source, string Language, DateTimeOffset? PublishedAt, string Role,
    long MinutesAfterFirst, long? ReprintOf)
{
    public static TimelineEntryView From(TimelineEntry entry, SourceNames names) => new(
        entry.Article.Id, entry.Article.Title, entry.Article.Url, names.Of(entry.Article.SourceId), entry.Article.Language, entry.Article.PublishedAt,
        StoryRoleNames.Of(entry.Role), (long)entry.AfterFirst.TotalMinutes, entry.ReprintOf);
}

/// <param name="Sources">Sources by stories broken, then followed, then reprinted.</param>
public sealed record StorySourcesResponse(string Query, DateTimeOffset From, DateTimeOffset To, int Stories, IReadOnlyList<SourceRoleView> Sources);

/// <summary>One source's part in the stories several sources reported: never a person, an outlet.</summary>
/// <param name="MedianMinutesBehind">Median minutes after the first article, over the stories it did not break; null when it broke them all.</param>
public sealed record SourceRoleView(long SourceId, string Source, int Stories, int First, int Followed, int Reprinted, long? MedianMinutesBehind)
{
    public static SourceRoleView From(SourceRole role, SourceNames names) => new(
        role.SourceId, names.Of(role.SourceId), role.Stories, role.Broke, role.Followed, role.Reprinted,
        role.MedianDelay is { } delay ? (long)delay.TotalMinutes : null);
}
