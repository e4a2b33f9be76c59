using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Watchdog.Watch.Matching;
using Watchdog.Watch.Matching.Compiled;
using Watchdog.Query;
using Watchdog.Watch.Tests.Support;
using Watchdog.Query.Watchlists;

namespace Watchdog.Watch.Tests.Matching;

public class CompiledMatcherEquivalenceTests
{
    private static readonly ITermNormalizer Normalizer = new SuffixStrippingNormalizer();

    public sealed record MatchCase(QueryNode[] Queries, ArticleSample[] Articles);

    public static class Cases
    {
        public static Gen<MatchCase> Generator =>
            from queries in Gen.Choose(1, 40).SelectMany(n => QueryGenerators.Query.ListOf(n))
            from articles in Gen.Choose(1, 6).SelectMany(n => DocumentGenerators.Article.ListOf(n))
            select new MatchCase(queries.ToArray(), articles.ToArray());

        public static Arbitrary<MatchCase> Arbitrary() => Arb.From(Generator);
    }

    [Property(Arbitrary = [typeof(Cases)], MaxTest = 300, Replay = "(20261125,1)")]
    public bool Compiled_matcher_finds_exactly_the_queries_that_match_on_their_own(MatchCase matchCase)
    {
        var (set, expanded) = Compile(matchCase.Queries);
        foreach (var document in matchCase.Articles.Select(a => a.ToDocument(Normalizer)))
        {
            var compiled = set.Match(document).Select(q => q.QueryId).ToArray();
            var direct = Enumerable.Range(0, expanded.Length).Where(i => QueryEvaluator.Matches(expanded[i], document)).Select(i => (long)i).ToArray();
            if (!compiled.SequenceEqual(direct)) return false;
        }
        return true;
    }

    [Fact]
    public void Generated_cases_both_match_and_get_filtered_so_the_property_is_not_vacuous()
    {
        var cases = Cases.Generator.Sample(20, new Rnd(20261125UL, 1UL), 200);
        int matches = 0, candidates = 0, pairs = 0;
        foreach (var matchCase in cases)
        {
            var (set, _) = Compile(matchCase.Queries);
            foreach (var document in matchCase.Articles.Select(a => a.ToDocument(Normalizer)))
            {
                matches += set.Match(document).Count;
                candidates += set.Candidates(document).Count;
                pairs += set.Queries.Count;
            }
        }
        Assert.InRange(matches, 1, candidates);
        Assert.True(candidates < pairs, $"the prefilter let every query through ({candidates} of {pairs})");
    }

    private static (CompiledQuerySet Set, QueryNode[] Expanded) Compile(QueryNode[] queries)
    {
        var expanded = queries.Select(QueryExpander.ExpandPlain).ToArray();
        var compiled = expanded.Select((query, i) => StandingQueryCompiler.Compile(i, query)).ToArray();
        return (new CompiledQuerySet(compiled, Normalizer), expanded);
    }
}
