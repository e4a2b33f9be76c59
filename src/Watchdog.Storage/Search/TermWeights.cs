using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Watchdog.Storage.Search;

/// <summary>
/// How much each query term counts when a hit's best passages are picked (<see cref="SnippetText"/>): its inverse
/// document frequency in the index, as Lucene's highlighter weighs it, looked up once per search instead of once per
/// hit and field. One per search, shared by the threads that highlight its hits.
/// </summary>
internal sealed class TermWeights(IndexReader reader)
{
    private readonly ConcurrentDictionary<(string Field, string Term), float> _idf = new();
    private readonly int _documents = reader.MaxDoc;

    public float IdfOf(string field, string term) => _idf.GetOrAdd((field, term), key =>
    {
        var frequency = reader.DocFreq(new Term(key.Field, key.Term));
        // Lucene's own formula (DefaultSimilarity's idf): a rare word outweighs a common one.
        return (float)(Math.Log((float)_documents / (double)(frequency + 1)) + 1.0);
    });
}
