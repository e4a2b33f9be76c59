using Watchdog.Core.Articles;
using Watchdog.Core.Watching;
using Watchdog.Watch.Matching;
using Watchdog.Watch.Matching.Compiled;
using Watchdog.Query.Watchlists;

namespace Watchdog.Watch.Alerts;

/// <summary>
/// The watch stage: matches each new article against every enabled standing query (compiled once, recompiled by
/// <see cref="ReloadAsync"/> or <see cref="ReloadIfChangedAsync"/> after queries or watchlists change) and raises alerts
/// for the matches.
/// </summary>
public sealed class ArticleWatcher(IWatchStore store, ITermNormalizer normalizer, TimeProvider clock, ISpellingVariants? spellings = null)
{
    private readonly AlertRaiser _raiser = new(store, clock);
    private volatile Compiled? _compiled;

    private sealed record Compiled(QueryCompilation Compilation, IReadOnlyDictionary<long, StandingQuery> QueriesById, long Revision);

    /// <summary>Queries that could not be compiled at the last reload (invalid text, unknown watchlist), with the reason.</summary>
    public IReadOnlyList<QueryCompileError> Errors => _compiled?.Compilation.Errors ?? [];

    public async Task<QueryCompilation> ReloadAsync(CancellationToken ct)
    {
        // Read before the lists: a change made while they are read leaves a newer revision, so the next check reloads.
        var revision = await store.GetRevisionAsync(ct);
        var queries = await store.ListQueriesAsync(ct);
        var watchlists = new WatchlistCatalog(await store.ListWatchlistsAsync(ct));
        var compilation = StandingQueryCompiler.Compile(queries, watchlists, normalizer, spellings);
        _compiled = new Compiled(compilation, queries.ToDictionary(q => q.Id), revision);
        return compilation;
    }

    /// <summary>
    /// Recompiles only when the store's revision moved since the last compile: one small read when nothing changed,
    /// where compiling thousands of queries takes seconds.
    /// </summary>
    /// <returns>true when the queries were recompiled.</returns>
    public async Task<bool> ReloadIfChangedAsync(CancellationToken ct)
    {
        if (_compiled is { } current && current.Revision == await store.GetRevisionAsync(ct)) return false;
        await ReloadAsync(ct);
        return true;
    }

    /// <returns>One outcome per matching query: a new alert, or the existing alert of the same story.</returns>
    public async Task<IReadOnlyList<AlertOutcome>> ProcessAsync(Article article, CancellationToken ct)
    {
        var compiled = _compiled ?? await ReloadAndGetAsync(ct);
        // Nothing to match: skip analysing the article (tokens, stems, name forms), a real cost at ingest rates.
        if (compiled.QueriesById.Count == 0) return [];
        var document = MatchDocument.FromArticle(article, normalizer);
        var matches = compiled.Compilation.QuerySet.Match(document);
        if (matches.Count == 0) return [];

        var storyKey = StoryKey.For(article.Title, article.Text, document.Language, normalizer);
        var queryMatches = matches
            .Select(match => new QueryMatch(
                compiled.QueriesById[match.QueryId], PassageBuilder.Build(document, QueryLeaves.PositiveOccurrences(match.Query, document))))
            .ToArray();
        return await _raiser.RaiseAllAsync(queryMatches, article, storyKey, ct);
    }

    private async Task<Compiled> ReloadAndGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return _compiled!;
    }
}
