using Watchdog.Core.Articles;
using Watchdog.Core.Watching;
using Watchdog.Watch.Matching;
using Watchdog.Watch.Matching.Compiled;
using Watchdog.Watch.Watchlists;

namespace Watchdog.Watch.Alerts;

/// <summary>
/// The watch stage: matches each new article against every enabled standing query (compiled once, recompiled by
/// <see cref="ReloadAsync"/> after queries or watchlists change) and raises alerts for the matches.
/// </summary>
public sealed class ArticleWatcher(IWatchStore store, ITermNormalizer normalizer, TimeProvider clock, ISpellingVariants? spellings = null)
{
    private readonly AlertRaiser _raiser = new(store, clock);
    private volatile Compiled? _compiled;

    private sealed record Compiled(QueryCompilation Compilation, IReadOnlyDictionary<long, StandingQuery> QueriesById);

    /// <summary>Queries that could not be compiled at the last reload (invalid text, unknown watchlist), with the reason.</summary>
    public IReadOnlyList<QueryCompileError> Errors => _compiled?.Compilation.Errors ?? [];

    public async Task<QueryCompilation> ReloadAsync(CancellationToken ct)
    {
        var queries = await store.ListQueriesAsync(ct);
        var watchlists = new WatchlistCatalog(await store.ListWatchlistsAsync(ct));
        var compilation = StandingQueryCompiler.Compile(queries, watchlists, normalizer, spellings);
        _compiled = new Compiled(compilation, queries.ToDictionary(q => q.Id));
        return compilation;
    }

    /// <returns>One outcome per matching query: a new alert, or the existing alert of the same story.</returns>
    public async Task<IReadOnlyList<AlertOutcome>> ProcessAsync(Article article, CancellationToken ct)
    {
        var compiled = _compiled ?? await ReloadAndGetAsync(ct);
        var document = MatchDocument.FromArticle(article, normalizer);
        var matches = compiled.Compilation.QuerySet.Match(document);
        if (matches.Count == 0) return [];

        var storyKey = StoryKey.For(article.Title, article.Text, document.Language, normalizer);
        var outcomes = new List<AlertOutcome>(matches.Count);
        foreach (var match in matches)
        {
            var passages = PassageBuilder.Build(document, QueryLeaves.PositiveOccurrences(match.Query, document));
            outcomes.Add(await _raiser.RaiseAsync(compiled.QueriesById[match.QueryId], article, storyKey, passages, ct));
        }
        return outcomes;
    }

    private async Task<Compiled> ReloadAndGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return _compiled!;
    }
}
