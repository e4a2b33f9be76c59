using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Watchdog.Storage.Search;

/// <summary>
/// How much each query term counts when the highlighter picks a hit's best fragments: its inverse document frequency
/// in the index, exactly as Lucene's <see cref="WeightedSpanTermExtractor"/> computes it, but looked up once per search
/// instead of once per hit and field — those lookups were a quarter of highlighting's cost. One per search, shared by
/// the threads that highlight its hits.
/// </summary>
internal sealed class TermWeights(IndexReader reader)
{
    private readonly ConcurrentDictionary<(string Field, string Term), float> _idf = new();
    private readonly int _documents = reader.MaxDoc;

    public float IdfOf(string field, string term) => _idf.GetOrAdd((field, term), key =>
    {
        var frequency = reader.DocFreq(new Term(key.Field, key.Term));
        // Lucene's own formula (DefaultSimilarity's idf), so fragments are chosen as before.
        return (float)(Math.Log((float)_documents / (double)(frequency + 1)) + 1.0);
    });
}

/// <summary>A <see cref="QueryScorer"/> that weighs terms with <see cref="TermWeights"/> shared by every hit of a search.</summary>
internal sealed class SharedWeightsQueryScorer(LuceneQuery query, IndexReader reader, string field, TermWeights weights)
    : QueryScorer(query, reader, field)
{
    protected override WeightedSpanTermExtractor NewTermExtractor(string defaultField) => new Extractor(weights);

    private sealed class Extractor(TermWeights weights) : WeightedSpanTermExtractor
    {
        /// <summary>The terms of the query found in the hit's tokens, weighed without going back to the index.</summary>
        public override IDictionary<string, WeightedSpanTerm> GetWeightedSpanTermsWithScores(
            LuceneQuery query, TokenStream tokenStream, string fieldName, IndexReader reader)
        {
            var terms = GetWeightedSpanTerms(query, tokenStream, fieldName);
            foreach (var term in terms.Values) term.Weight *= weights.IdfOf(fieldName, term.Term);
            return terms;
        }
    }
}
