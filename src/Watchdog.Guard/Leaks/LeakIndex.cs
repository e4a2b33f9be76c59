using System.Collections.Immutable;
using Watchdog.Analysis.Text;

namespace Watchdog.Guard.Leaks;

/// <summary>
/// The registered confidential documents' fingerprints, looked up by hash. Every k-gram of an article (not only its
/// winnowed ones) is looked up, so each document fingerprint whose k-gram occurs anywhere in the article is found.
/// Thread-safe: <see cref="Match"/> reads an immutable snapshot without locking; Add and Remove replace it.
/// </summary>
public sealed class LeakIndex
{
    private readonly Lock _writeLock = new();
    private volatile Snapshot _snapshot = Snapshot.Empty;

    public int Count => _snapshot.Documents.Count;

    public IReadOnlyCollection<LeakDocument> Documents => [.. _snapshot.Documents.Values];

    /// <summary>Adds a document, replacing one with the same id.</summary>
    public void Add(LeakDocument document)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Id);
        lock (_writeLock)
        {
            var snapshot = _snapshot.Without(document.Id);
            var postings = snapshot.Postings.ToBuilder();
            for (var i = 0; i < document.Fingerprint.Count; i++)
            {
                var hash = document.Fingerprint.Entries[i].Hash;
                postings[hash] = postings.TryGetValue(hash, out var list) ? list.Add(new Posting(document.Id, i)) : [new Posting(document.Id, i)];
            }
            _snapshot = new Snapshot(snapshot.Documents.SetItem(document.Id, document), postings.ToImmutable());
        }
    }

    /// <returns>Whether a document with that id was registered.</returns>
    public bool Remove(string id)
    {
        lock (_writeLock)
        {
            if (!_snapshot.Documents.ContainsKey(id)) return false;
            _snapshot = _snapshot.Without(id);
            return true;
        }
    }

    /// <summary>The registered documents the article shares passages with, under <see cref="LeakReportingRule"/>,
    /// highest coverage first.</summary>
    public IReadOnlyList<LeakMatch> Match(string articleText)
    {
        var snapshot = _snapshot;
        if (snapshot.Documents.IsEmpty) return [];
        var words = Tokenizer.Tokenize(articleText);
        var hashes = Winnowing.KgramHashes(words);
        var hits = new Dictionary<string, List<(int ArticleWord, int Fingerprint)>>(StringComparer.Ordinal);
        for (var position = 0; position < hashes.Length; position++)
        {
            if (!snapshot.Postings.TryGetValue(hashes[position], out var postings)) continue;
            foreach (var posting in postings)
            {
                if (!hits.TryGetValue(posting.DocumentId, out var list)) hits[posting.DocumentId] = list = [];
                list.Add((position, posting.Fingerprint));
            }
        }
        var matches = new List<LeakMatch>();
        foreach (var (id, documentHits) in hits)
        {
            var document = snapshot.Documents[id];
            var matched = documentHits.Select(h => h.Fingerprint).Distinct().Count();
            var coverage = (double)matched / document.Fingerprint.Count;
            var spans = ArticleSpans.Merge(documentHits, words);
            if (LeakReportingRule.IsLeak(matched, coverage, spans))
                matches.Add(new LeakMatch(id, document.Name, matched, document.Fingerprint.Count, coverage, LeakReportingRule.PassagesToShow(spans)));
        }
        return [.. matches.OrderByDescending(m => m.Coverage).ThenBy(m => m.DocumentId, StringComparer.Ordinal)];
    }

    private readonly record struct Posting(string DocumentId, int Fingerprint);

    private sealed record Snapshot(ImmutableDictionary<string, LeakDocument> Documents, ImmutableDictionary<ulong, ImmutableArray<Posting>> Postings)
    {
        public static readonly Snapshot Empty = new(
            ImmutableDictionary.Create<string, LeakDocument>(StringComparer.Ordinal),
            ImmutableDictionary<ulong, ImmutableArray<Posting>>.Empty);

        public Snapshot Without(string id)
        {
            if (!Documents.TryGetValue(id, out var old)) return this;
            var postings = Postings.ToBuilder();
            foreach (var hash in old.Fingerprint.Entries.Select(e => e.Hash).Distinct())
            {
                var rest = postings[hash].RemoveAll(p => p.DocumentId == id);
                if (rest.IsEmpty) postings.Remove(hash);
                else postings[hash] = rest;
            }
            return new Snapshot(Documents.Remove(id), postings.ToImmutable());
        }
    }
}
