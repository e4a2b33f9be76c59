using Watchdog.Analysis.Entities;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;

namespace Watchdog.Pipeline.Reporting;

/// <summary>One entity named in a query's matches, counted over them.</summary>
/// <param name="Key">What its mentions share (see <see cref="EntityMention.Key"/>); stable across requests.</param>
/// <param name="Name">Its most frequent written form, preferring base forms (Токаев over Токаеву).</param>
/// <param name="Articles">How many of the articles read mention it.</param>
/// <param name="Mentions">How many times, over those articles.</param>
/// <param name="SampleArticleIds">The newest few articles that mention it.</param>
public sealed record EntityCount(EntityKind Kind, string Key, string Name, int Articles, int Mentions, IReadOnlyList<long> SampleArticleIds);

/// <summary>The entities of a query's matches and how many articles were read to count them.</summary>
/// <param name="Entities">Most articles first, then most mentions, then by name.</param>
public sealed record EntityCountsResult(int ArticlesRead, IReadOnlyList<EntityCount> Entities)
{
    /// <summary>The first <paramref name="limitPerKind"/> entities of each kind (or of <paramref name="kind"/> only), people first.</summary>
    public IReadOnlyList<EntityCount> Top(EntityKind? kind, int limitPerKind) =>
        [.. Entities.Where(e => kind is null || e.Kind == kind).GroupBy(e => e.Kind).OrderBy(g => g.Key).SelectMany(g => g.Take(limitPerKind))];
}

/// <summary>
/// Counts the people, organisations and places the newest matches of a search name (<see cref="EntityExtractor"/> on
/// each article's title and text). Aggregate only: it answers "who and what does this coverage mention, how often".
/// </summary>
public static class EntityCounts
{
    /// <summary>Extraction reads each article's text: this bounds the work one request can ask for.</summary>
    public const int MaxArticles = 2000;

    /// <summary>The start of a long text holds its names; the bound keeps one huge page from dominating the cost.</summary>
    public const int MaxCharsPerArticle = 20_000;

    public const int SampleArticles = 5;

    /// <param name="maxArticles">Only the newest this many matches are read (at most <see cref="MaxArticles"/>).</param>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    public static async Task<EntityCountsResult> CountAsync(
        ISearchIndex index, IArticleStore articles, SearchRequest request, int maxArticles, CancellationToken ct)
    {
        var loaded = await NewestMatches.LoadAsync(index, articles, request, Math.Clamp(maxArticles, 1, MaxArticles), ct);
        return new EntityCountsResult(loaded.Count, Count(loaded));
    }

    /// <summary>Counts entities over articles given newest first (so the samples are the newest).</summary>
    public static IReadOnlyList<EntityCount> Count(IEnumerable<Article> newestFirst)
    {
        var tallies = new Dictionary<(EntityKind, string), Tally>();
        foreach (var article in newestFirst)
        {
            foreach (var group in MentionsIn(article).GroupBy(m => (m.Kind, m.Key)))
            {
                if (!tallies.TryGetValue(group.Key, out var tally)) tallies[group.Key] = tally = new Tally();
                tally.Add(article.Id, group);
            }
        }
        return
        [
            .. tallies.Select(t => t.Value.ToCount(t.Key.Item1, t.Key.Item2))
                .OrderByDescending(c => c.Articles).ThenByDescending(c => c.Mentions).ThenBy(c => c.Name, StringComparer.Ordinal),
        ];
    }

    // The title is its own sentence: the line break keeps its last word from running into the text's first.
    private static IReadOnlyList<EntityMention> MentionsIn(Article article)
    {
        var text = article.Title + "\n" + article.Text;
        return EntityExtractor.Extract(text.Length > MaxCharsPerArticle ? text[..MaxCharsPerArticle] : text, article.Language);
    }

    private sealed class Tally
    {
        private readonly Dictionary<string, int> surfaces = new(StringComparer.Ordinal);
        private readonly List<long> samples = [];
        private int articles;
        private int mentions;

        public void Add(long articleId, IEnumerable<EntityMention> inArticle)
        {
            articles++;
            if (samples.Count < SampleArticles) samples.Add(articleId);
            foreach (var mention in inArticle)
            {
                mentions++;
                surfaces[mention.Surface] = surfaces.GetValueOrDefault(mention.Surface) + 1;
            }
        }

        public EntityCount ToCount(EntityKind kind, string key)
        {
            var name = surfaces.OrderByDescending(s => EntityKeys.IsBaseForm(kind, s.Key)).ThenByDescending(s => s.Value)
                .ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
            return new EntityCount(kind, key, name, articles, mentions, samples);
        }
    }
}
