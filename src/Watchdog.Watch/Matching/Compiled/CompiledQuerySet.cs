using System.Collections.Concurrent;
using Watchdog.Query;

namespace Watchdog.Watch.Matching.Compiled;

/// <summary>
/// Many standing queries matched against one document at a time: one pass over the document's distinct word forms
/// finds the candidate queries through their anchors, then only candidates (and queries without anchors) are verified.
/// Safe for concurrent use.
/// </summary>
public sealed class CompiledQuerySet
{
    private readonly IReadOnlyList<CompiledQuery> _queries;
    private readonly int[] _alwaysVerify;
    private readonly PrefixTable _prefixes;
    private readonly ConcurrentDictionary<string, Lazy<AnchorTable>> _tables = new(StringComparer.Ordinal);

    public CompiledQuerySet(IReadOnlyList<CompiledQuery> queries, ITermNormalizer normalizer)
    {
        _queries = queries;
        Normalizer = normalizer;
        _alwaysVerify = Enumerable.Range(0, queries.Count).Where(q => queries[q].Anchors is null).ToArray();
        _prefixes = new PrefixTable(queries);
    }

    /// <summary>Documents must be analysed with this normaliser (<see cref="MatchDocument.Create"/>).</summary>
    public ITermNormalizer Normalizer { get; }
    public IReadOnlyList<CompiledQuery> Queries => _queries;
    /// <summary>How many queries have no required word and are verified against every document.</summary>
    public int AlwaysVerifyCount => _alwaysVerify.Length;

    /// <returns>The queries that match, in the order they were compiled.</returns>
    public IReadOnlyList<CompiledQuery> Match(MatchDocument document)
    {
        var matches = new List<CompiledQuery>();
        foreach (var q in Candidates(document))
        {
            if (QueryEvaluator.Matches(_queries[q].Query, document)) matches.Add(_queries[q]);
        }
        return matches;
    }

    /// <summary>Indexes (ascending) of the queries the prefilter lets through: a superset of the matches.</summary>
    public IReadOnlyList<int> Candidates(MatchDocument document)
    {
        if (!ReferenceEquals(document.Normalizer, Normalizer))
            throw new ArgumentException("The document was analysed with a different normaliser than the queries were compiled for.", nameof(document));
        var table = _tables.GetOrAdd(document.Language, language => new Lazy<AnchorTable>(() => new AnchorTable(_queries, language, Normalizer))).Value;
        var seen = CandidateScratch.For(_queries.Count);
        foreach (var q in _alwaysVerify) seen.Add(q);
        foreach (var field in document.Fields)
        {
            AddAll(field.WordForms, TermForm.Word, table, seen);
            AddAll(field.NameForms, TermForm.Name, table, seen);
            if (_prefixes.IsEmpty) continue;
            foreach (var token in field.Tokens) _prefixes.AddQueriesFor(token.Text, seen);
        }
        return seen.ToSortedArray();
    }

    private static void AddAll(IEnumerable<string> forms, TermForm kind, AnchorTable table, CandidateScratch candidates)
    {
        foreach (var form in forms)
        {
            if (table.QueriesFor(form, kind) is not { } queries) continue;
            foreach (var q in queries) candidates.Add(q);
        }
    }
}
