using Watchdog.Core.Articles;
using Watchdog.Pipeline.Reporting;

namespace Watchdog.Web.Api.Contracts;

/// <param name="Stories">Largest first, then most recently updated.</param>
public sealed record StoriesResponse(string Query, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<StoryView> Stories);

/// <summary>Articles about one event.</summary>
/// <param name="Id">Numbers the stories of this answer only: clustering runs on each request.</param>
/// <param name="Label">The words that weigh most in the story's articles, most telling first.</param>
/// <param name="Size">How many of the matches belong to the story.</param>
/// <param name="Articles">The newest few of them.</param>
/// <param name="Tone">The tone of all its articles, in aggregate.</param>
public sealed record StoryView(
    int Id,
    IReadOnlyList<string> Label,
    int Size,
    IReadOnlyList<string> Languages,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<StoryArticleView> Articles,
    ToneShares Tone)
{
    public const int SampleArticles = 5;

    public static StoryView From(FoundStory found, SourceNames names) => new(
        found.Story.Id, found.Story.Label, found.Story.ArticleIds.Count, found.Story.Languages, found.Story.FirstSeen, found.Story.LastSeen,
        [.. found.Articles.Take(SampleArticles).Select(a => StoryArticleView.From(a, names))],
        ToneShares.From(found.Tone));
}

public sealed record StoryArticleView(long Id, string Title, Uri Url, string Source, string Language, DateTimeOffset? PublishedAt)
{
    public static StoryArticleView From(Article article, SourceNames names) =>
        new(article.Id, article.Title, article.Url, names.Of(article.SourceId), article.Language, article.PublishedAt);
}
