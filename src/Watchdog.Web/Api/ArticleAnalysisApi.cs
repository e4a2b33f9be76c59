using Microsoft.AspNetCore.Http.HttpResults;
using Watchdog.Analysis.Stories.Duplicates;
using Watchdog.Core.Articles;
using Watchdog.Core.Entities;
using Watchdog.Core.Storage;
using Watchdog.Core.Stories;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Entities;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Watch.Explain;
using Watchdog.Watch.Matching;
using Watchdog.Query.Watchlists;
using Watchdog.Web.Api.Contracts;

namespace Watchdog.Web.Api;

/// <summary>
/// <c>GET /api/articles/{id}/analysis</c>: what Watchdog made of one article — its entities, tone, the standing queries
/// it matches (with the passages), its story and the near-duplicates in it. The article view shows it beside the text.
/// </summary>
public static class ArticleAnalysisApi
{
    /// <summary>A story's timeline in the article view; a story of hundreds of reprints is summarised by its size.</summary>
    public const int MaxStoryArticles = 20;

    public static async Task<Results<Ok<ArticleAnalysisView>, NotFound>> GetAnalysisAsync(
        long id, IArticleStore articles, IEntityStore entities, IStoryStore stories, IWatchStore watch, SourceTitles titles, CancellationToken ct)
    {
        if (await articles.GetAsync(id, ct) is not { } article) return TypedResults.NotFound();
        var tagged = await entities.GetAsync([id], ArticleEntityTagging.TaggerVersion, ct);
        var entityViews = tagged is [var one, ..]
            ? one.Entities.OrderByDescending(e => e.Mentions).Select(e => new ArticleEntityView(e.Kind, e.Name, e.Mentions)).ToList()
            : null;
        var matches = await MatchesAsync(article, watch, ct);
        var story = await StoryAsync(article, articles, stories, titles, ct);
        var sourceTitle = (await titles.ForAsync([article.SourceId], ct)).GetValueOrDefault(article.SourceId);
        return TypedResults.Ok(new ArticleAnalysisView(id, sourceTitle, article.Tone?.Label(), entityViews, matches, story));
    }

    // The queries as they stand now, explained on the article the way alerts and POST /api/match explain them.
    private static async Task<List<MatchedQueryView>> MatchesAsync(Article article, IWatchStore watch, CancellationToken ct)
    {
        var explainer = MatchExplainer.Create(new WatchlistCatalog(await watch.ListWatchlistsAsync(ct)));
        var metadata = DocumentMetadata.FromArticle(article);
        var matched = new List<MatchedQueryView>();
        foreach (var query in await watch.ListQueriesAsync(ct))
        {
            var explanation = explainer.Explain(query.QueryText, article.Title, article.Text, article.Language, metadata);
            if (explanation.Matched) matched.Add(new MatchedQueryView(query.Id, query.Name, query.Enabled, explanation.Passages));
        }
        return matched;
    }

    private static async Task<ArticleStoryView?> StoryAsync(Article article, IArticleStore articles, IStoryStore stories, SourceTitles titles, CancellationToken ct)
    {
        if (!(await stories.GetMembershipsAsync([article.Id], ct)).TryGetValue(article.Id, out var membership)) return null;
        var stored = (await stories.GetStoriesAsync([membership.StoryId], ct)).GetValueOrDefault(membership.StoryId);
        var members = (await stories.ListMembersAsync([membership.StoryId], ct))
            .Where(m => m.ArticleId != article.Id)
            .OrderBy(m => m.PublishedAt)
            .Take(MaxStoryArticles)
            .ToList();
        var others = new List<(StoryMembership Member, Article Article)>();
        foreach (var member in members)
        {
            if (await articles.GetAsync(member.ArticleId, ct) is { } other) others.Add((member, other));
        }
        var names = await titles.ForAsync(others.Select(o => o.Article.SourceId).Distinct(), ct);
        var related = others.Select(o => new RelatedArticleView(o.Article.Id, o.Article.Title, o.Article.Url, names.GetValueOrDefault(o.Article.SourceId),
            o.Member.PublishedAt, NearDuplicate: TextSimHash.AreNearDuplicates(o.Member.SimHash, membership.SimHash))).ToList();
        return new ArticleStoryView(membership.StoryId, stored?.Label ?? [], stored?.Size ?? related.Count + 1, related);
    }
}
