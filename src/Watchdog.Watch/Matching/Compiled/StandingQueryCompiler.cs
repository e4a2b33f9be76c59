using Watchdog.Core.Watching;
using Watchdog.Query;
using Watchdog.Query.Watchlists;

namespace Watchdog.Watch.Matching.Compiled;

/// <summary>Parses, expands and indexes the enabled standing queries. A query that fails is reported and left out; the rest still run.</summary>
public static class StandingQueryCompiler
{
    public static QueryCompilation Compile(
        IEnumerable<StandingQuery> queries, WatchlistCatalog watchlists, ITermNormalizer normalizer, ISpellingVariants? spellings = null)
    {
        var expander = new QueryExpander(watchlists, spellings ?? AnalysisSpellingVariants.Instance);
        var compiled = new List<CompiledQuery>();
        var errors = new List<QueryCompileError>();
        foreach (var query in queries.Where(q => q.Enabled))
        {
            try
            {
                compiled.Add(Compile(query.Id, expander.Expand(QueryParser.Parse(query.QueryText))));
            }
            catch (QueryParseException e)
            {
                errors.Add(new QueryCompileError(query.Id, query.Name, e.Message, e.Position));
            }
        }
        return new QueryCompilation(new CompiledQuerySet(compiled, normalizer), errors);
    }

    /// <param name="expanded">A query already through <see cref="QueryExpander"/>.</param>
    public static CompiledQuery Compile(long queryId, QueryNode expanded) => new(queryId, expanded, RequiredTerms.Extract(expanded));
}

public sealed record QueryCompilation(CompiledQuerySet QuerySet, IReadOnlyList<QueryCompileError> Errors);

/// <param name="Position">0-based offset in the query text.</param>
public sealed record QueryCompileError(long QueryId, string QueryName, string Message, int Position);
