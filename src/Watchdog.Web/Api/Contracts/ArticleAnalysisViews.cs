using Watchdog.Core.Watching;

namespace Watchdog.Web.Api.Contracts;

/// <param name="Tone">positive, neutral or negative; null when the article was not tagged (stored before tone, or no model for its language).</param>
/// <param name="Entities">The people, organisations and places it names, most mentioned first; null while it waits to be tagged.</param>
/// <param name="Matches">The standing queries (as they are now) that match it, with the passages.</param>
/// <param name="Story">Its story; null before stories are assigned (they are, in the background, shortly after ingest).</param>
public sealed record ArticleAnalysisView(
    long ArticleId, string? SourceTitle, string? Tone, IReadOnlyList<ArticleEntityView>? Entities, IReadOnlyList<MatchedQueryView> Matches, ArticleStoryView? Story);

/// <param name="Kind">person, organization or location.</param>
public sealed record ArticleEntityView(string Kind, string Name, int Mentions);

/// <param name="Passages">HTML-escaped, with the matched words in &lt;mark&gt;.</param>
public sealed record MatchedQueryView(long QueryId, string Name, bool Enabled, IReadOnlyList<AlertPassage> Passages);

/// <param name="Label">The words that weigh most in its articles.</param>
/// <param name="Size">Articles in the story, this one included.</param>
/// <param name="Articles">The story's other articles, earliest first (at most a few); near-duplicates are marked.</param>
public sealed record ArticleStoryView(int Id, IReadOnlyList<string> Label, int Size, IReadOnlyList<RelatedArticleView> Articles);

/// <param name="NearDuplicate">Its text is nearly the same as this article's (a reprint or a lightly edited copy).</param>
public sealed record RelatedArticleView(long Id, string Title, Uri Url, string? SourceTitle, DateTimeOffset PublishedAt, bool NearDuplicate);
