using Watchdog.Analysis.Entities;
using Watchdog.Core.Entities;
using Watchdog.Core.Search;
using Watchdog.Pipeline.Entities;

namespace Watchdog.Application.Reporting;

/// <summary>One entity named in a query's matches, counted over them.</summary>
/// <param name="Key">What its mentions share (see <see cref="EntityMention.Key"/>); stable across requests.</param>
/// <param name="Name">Its most frequent written form over the articles, base forms preferred (Токаев over Токаеву).</param>
/// <param name="Articles">How many of the tagged matches mention it.</param>
/// <param name="Mentions">How many times, over those articles.</param>
/// <param name="SampleArticleIds">The newest few articles that mention it.</param>
public sealed record EntityCount(EntityKind Kind, string Key, string Name, int Articles, int Mentions, IReadOnlyList<long> SampleArticleIds);

/// <summary>The entities of a query's matches.</summary>
/// <param name="ArticlesMatched">Every article matching the query in the period.</param>
/// <param name="ArticlesTagged">Those whose entities are stored (the others were stored before tagging and wait for the backfill).</param>
/// <param name="Entities">Most articles first, then most mentions, then by name.</param>
public sealed record EntityCountsResult(int ArticlesMatched, int ArticlesTagged, IReadOnlyList<EntityCount> Entities)
{
    public int ArticlesNotYetTagged => ArticlesMatched - ArticlesTagged;

    /// <summary>The first <paramref name="limitPerKind"/> entities of each kind (or of <paramref name="kind"/> only), people first.</summary>
    public IReadOnlyList<EntityCount> Top(EntityKind? kind, int limitPerKind) =>
        [.. Entities.Where(e => kind is null || e.Kind == kind).GroupBy(e => e.Kind).OrderBy(g => g.Key).SelectMany(g => g.Take(limitPerKind))];
}

/// <summary>
/// Counts the people, organisations and places named in every match of a search, from the entities stored per article at
/// ingest (<see cref="ArticleEntityRecorder"/>): no text is read on request, so the count covers all matches of the period.
/// Aggregate only: it answers "who and what does this coverage mention, how often". A surname written alone joins the
/// full name of the one person of that surname in the counts (Токаев with Касым-Жомарт Токаев), when there is one.
/// </summary>
public static class EntityCounts
{
    public const int SampleArticles = 5;

    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    public static async Task<EntityCountsResult> CountAsync(ISearchIndex index, IEntityStore entities, SearchRequest request, CancellationToken ct)
    {
        var ids = await index.MatchingIdsAsync(request, ct);
        var tagged = await entities.GetAsync(ids, ArticleEntityTagging.TaggerVersion, ct);
        var newestFirst = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return new EntityCountsResult(ids.Count, tagged.Count, Count(tagged.OrderBy(t => newestFirst.GetValueOrDefault(t.ArticleId))));
    }

    /// <summary>Counts entities over articles given newest first (so the samples are the newest).</summary>
    public static IReadOnlyList<EntityCount> Count(IEnumerable<TaggedArticle> newestFirst)
    {
        var articles = newestFirst.ToList();
        var fullNames = PersonKeys.FullKeysBySurname(articles.SelectMany(a => a.Entities).Where(e => e.Kind == EntityKindNames.Name(EntityKind.Person)).Select(e => e.Key));
        var tallies = new Dictionary<(EntityKind, string), Tally>();
        foreach (var article in articles)
        {
            foreach (var entity in article.Entities)
            {
                if (!EntityKindNames.TryParse(entity.Kind, out var kind)) continue;
                var key = kind == EntityKind.Person && fullNames.TryGetValue(entity.Key, out var full) ? full : entity.Key;
                if (!tallies.TryGetValue((kind, key), out var tally)) tallies[(kind, key)] = tally = new Tally();
                tally.Add(article.ArticleId, entity);
            }
        }
        return
        [
            .. tallies.Select(t => t.Value.ToCount(t.Key.Item1, t.Key.Item2))
                .OrderByDescending(c => c.Articles).ThenByDescending(c => c.Mentions).ThenBy(c => c.Name, StringComparer.Ordinal),
        ];
    }

    private sealed class Tally
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly List<long> _samples = [];
        private readonly HashSet<long> _articles = [];
        private int _mentions;

        public void Add(long articleId, ArticleEntity entity)
        {
            // A surname joined to a full name can meet it twice in one article: that article still counts once.
            if (_articles.Add(articleId) && _samples.Count < SampleArticles) _samples.Add(articleId);
            _mentions += entity.Mentions;
            _names[entity.Name] = _names.GetValueOrDefault(entity.Name) + entity.Mentions;
        }

        public EntityCount ToCount(EntityKind kind, string key)
        {
            var name = ArticleEntityTagging.NameOf(kind, _names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)));
            return new EntityCount(kind, key, name, _articles.Count, _mentions, _samples);
        }
    }
}
