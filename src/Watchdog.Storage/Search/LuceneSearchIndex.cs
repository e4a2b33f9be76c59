using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Analysis.Indexing;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Watching;
using Watchdog.Storage.Locking;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Watchdog.Storage.Search;

/// <summary>
/// Full-text index of articles in a Lucene folder. Writes are visible to searches at once (near-real-time) and
/// <see cref="IndexAsync"/> returns only after a shared commit has made them durable, so the caller may then mark
/// the articles indexed. Thread-safe. One writer per folder across processes, held as an operating-system lock
/// (<see cref="ProcessLockFactory"/>) that dies with its process: a process that does not hold it (a CLI command beside
/// the running service) opens the index read-only — searches see what the writer has committed, writes throw
/// <see cref="SearchIndexReadOnlyException"/> — and never touches the writer's lock.
/// Queries are in Watchdog's query language, the one standing queries use (<see cref="SearchQueryReader"/>).
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>Long enough for concurrent pipeline workers to share one commit, short enough not to be noticed.</summary>
    private static readonly TimeSpan CommitWindow = TimeSpan.FromMilliseconds(25);
    /// <summary>Deep paging costs memory per request; nobody reads page 500 of a result list.</summary>
    private const int MaxResultWindow = 10_000;
    private const int MaxPageSize = 100;
    /// <summary>Highlighting a page is most of a search's work; more threads than cores would only queue.</summary>
    private static readonly int HighlightThreads = Math.Clamp(Environment.ProcessorCount, 1, 4);
    /// <summary>
    /// How long the service waits for another writer: long enough for a CLI command that writes (retention, reprocess)
    /// to finish; a second service on the same folder is refused after it, with the holder named.
    /// </summary>
    public static readonly TimeSpan ServiceWriterWait = TimeSpan.FromSeconds(60);
    /// <summary>A killed writer's lock is free at once; a live one is polled this often while waiting.</summary>
    private static readonly TimeSpan WriterPoll = TimeSpan.FromMilliseconds(250);
    /// <summary>Lucene's name for its write lock; kept so the lock stays in the index folder where people look for it.</summary>
    private static readonly string WriteLockName = IndexWriter.WRITE_LOCK_NAME;

    private readonly string _folder;
    private readonly ProcessLockFactory _locks;
    private readonly LuceneDirectory _directory;
    private readonly ArticleFieldAnalyzer _analyzer = new();
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly GroupCommit _commits;
    private readonly SearchQueryReader _queries;
    private SearchResultCache? _results = new();

    /// <param name="watchlists">Where <c>@name</c> in a query resolves; without it such queries are refused as unknown watchlists.</param>
    public LuceneSearchIndex(string folder, IWatchStore? watchlists = null)
        : this(folder, watchlists, IndexAccess.WriteIfFree)
    {
    }

    /// <inheritdoc cref="LuceneSearchIndex(string, IWatchStore?)"/>
    /// <param name="access">Whether this process writes the index (see <see cref="IndexAccess"/>).</param>
    /// <param name="logger">Told while the service waits for another writer.</param>
    /// <exception cref="IndexWriterBusyException"><paramref name="access"/> is Write and another process kept the lock.</exception>
    public LuceneSearchIndex(string folder, IWatchStore? watchlists, IndexAccess access, ILogger? logger = null, TimeProvider? clock = null)
    {
        System.IO.Directory.CreateDirectory(folder);
        _folder = Path.GetFullPath(folder);
        _locks = new ProcessLockFactory(_folder, clock ?? TimeProvider.System);
        _directory = IndexFolder.Open(_folder, _locks);
        try
        {
            _writer = OpenWriter(access, logger ?? NullLogger.Instance, out var outdatedBy);
            OutdatedBy = outdatedBy;
            _searchers = _writer is null
                ? new SearcherManager(_directory, SegmentParallelSearchers.Instance)
                : new SearcherManager(_writer, applyAllDeletes: true, SegmentParallelSearchers.Instance);
        }
        catch
        {
            _writer?.Dispose();
            _directory.Dispose();
            throw;
        }
        _commits = new GroupCommit(Commit, CommitWindow);
        _queries = new SearchQueryReader(watchlists);
    }

    /// <summary>
    /// Set when this (writable) index was built with another analysis version or document layout (see <see cref="IndexBuild"/>):
    /// what it was built with. Its keys no longer agree with today's queries; <see cref="ClearForRebuild"/> empties it.
    /// </summary>
    public string? OutdatedBy { get; private set; }

    /// <summary>False when another process holds the index's write lock (see the class remarks).</summary>
    public bool IsWritable => _writer is not null;

    /// <summary>The process that last took the write lock (this one when <see cref="IsWritable"/>), as it wrote itself down.</summary>
    public LockHolder? Writer => LockHolder.ReadBeside(_locks.PathOf(WriteLockName));

    /// <summary>
    /// Whether the results of searches are kept for the same search repeated on the same state of the index (see
    /// <see cref="SearchResultCache"/>); on unless the configuration turns it off. Set before searching.
    /// </summary>
    public bool CachesResults
    {
        get => _results is not null;
        set => _results = value ? _results ?? new SearchResultCache() : null;
    }

    /// <summary>Searches answered from the result cache and searches that could have been but had to run, since start.</summary>
    public (long Hits, long Misses) ResultCacheCounts => _results is { } cache ? (cache.Hits, cache.Misses) : (0, 0);

    /// <summary>Every article id in the index (live documents only), for reconciling the index with the store.</summary>
    public IReadOnlySet<long> ListIds()
    {
        if (_writer is null) _searchers.MaybeRefresh();
        var searcher = _searchers.Acquire();
        try
        {
            var collector = new MatchingIdsCollector();
            searcher.Search(new MatchAllDocsQuery(), collector);
            return collector.NewestFirst().ToHashSet();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public async Task IndexAsync(IReadOnlyCollection<Article> articles, CancellationToken ct)
    {
        var writer = WriterOrThrow();
        foreach (var article in articles)
        {
            ct.ThrowIfCancellationRequested();
            writer.UpdateDocument(new Term(ArticleFields.Id, ArticleDocument.IdTerm(article.Id)), ArticleDocument.From(article));
        }
        _searchers.MaybeRefresh();
        await _commits.WaitAsync(ct);
    }

    public async Task DeleteAsync(long articleId, CancellationToken ct)
    {
        WriterOrThrow().DeleteDocuments(new Term(ArticleFields.Id, ArticleDocument.IdTerm(articleId)));
        _searchers.MaybeRefresh();
        await _commits.WaitAsync(ct);
    }

    public async Task DeleteAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        if (articleIds.Count == 0) return;
        WriterOrThrow().DeleteDocuments(articleIds.Select(id => new Term(ArticleFields.Id, ArticleDocument.IdTerm(id))).ToArray());
        _searchers.MaybeRefresh();
        await _commits.WaitAsync(ct);
    }

    /// <summary>
    /// Deletes every document and records the current versions in one commit. The caller must first have marked every
    /// article unindexed (durably), so that a crash in between leaves an outdated index to be cleared again, never an
    /// empty index whose articles all count as indexed.
    /// </summary>
    public void ClearForRebuild()
    {
        var writer = WriterOrThrow();
        writer.DeleteAll();
        writer.SetCommitData(IndexBuild.Current());
        Commit();
        OutdatedBy = null;
    }

    /// <exception cref="InvalidQueryException">The query is not valid in the query language; the position points at the problem.</exception>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var cache = _results;
        var key = cache is null ? null : SearchResultCache.KeyOf(request);
        // A read-only index follows the writing process's commits; a writable one is refreshed on every write.
        if (_writer is null) _searchers.MaybeRefresh();
        // Cached results are kept by the reader they came from, so one searcher both looks them up and runs the search.
        var searcher = _searchers.Acquire();
        try
        {
            if (key is not null && cache!.TryGet(searcher.IndexReader, key, out var cached)) return cached;
            var query = await TranslateAsync(request, ct);
            var results = WithTooManyClausesAsInvalid(() => Search(searcher, query, request));
            if (key is not null) cache!.Add(searcher.IndexReader, key, results);
            return results;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public async Task<SearchBreakdown> BreakdownAsync(SearchRequest request, TimeSpan bucket, CancellationToken ct)
    {
        if (request.From is not { } from || request.To is not { } to)
            throw new ArgumentException("A breakdown needs a date range (From and To).", nameof(request));
        var buckets = SearchBreakdown.BucketCount(from, to, bucket);
        var query = await TranslateAsync(request, ct);
        var collector = new BreakdownCollector(from, bucket, buckets);
        WithTooManyClausesAsInvalid(() => Collect(query, request, collector));
        return collector.Result();
    }

    public async Task<IReadOnlyList<long>> MatchingIdsAsync(SearchRequest request, CancellationToken ct)
    {
        var query = await TranslateAsync(request, ct);
        var collector = new MatchingIdsCollector();
        WithTooManyClausesAsInvalid(() => Collect(query, request, collector));
        return collector.NewestFirst();
    }

    /// <summary>
    /// Runs an already-built Lucene query (e.g. translated from Watchdog's own query language) with the filters,
    /// order and paging of <paramref name="request"/>; its <see cref="SearchRequest.Query"/> text is not used.
    /// </summary>
    public SearchResults Search(LuceneQuery query, SearchRequest request)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Search(searcher, query, request);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<long> CountAsync(CancellationToken ct)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult((long)searcher.IndexReader.NumDocs);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_writer is not null) Commit();
        _searchers.Dispose();
        _writer?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private async Task<LuceneQuery> TranslateAsync(SearchRequest request, CancellationToken ct)
    {
        var expanded = await _queries.ReadAsync(request.Query, ct);
        // A read-only index follows the writing process's commits; a writable one is refreshed on every write.
        if (_writer is null) _searchers.MaybeRefresh();
        return WithTooManyClausesAsInvalid(() => new LuceneQueryTranslator(SearchFilters.LanguageKeys(request)).Translate(expanded));
    }

    private SearchResults Search(IndexSearcher searcher, LuceneQuery query, SearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var window = Math.Min(page * pageSize, MaxResultWindow);
        var filter = SearchFilters.From(request);
        // Its words looked up once per segment and field rather than once per word (see TermStates).
        query = TermStates.Prebuilt(query, searcher.IndexReader);
        var top = request.Order == SearchOrder.Newest
            ? searcher.Search(query, filter, window, NewestFirstSort.Instance, doDocScores: true, doMaxScore: false)
            : searcher.Search(query, filter, window);
        // Highlighting is the largest cost per hit; a query that only lists (no words) has nothing to mark, so its
        // hits show their opening words without it.
        var highlighter = query is MatchAllDocsQuery ? null : new HitHighlighter(query, _analyzer, searcher.IndexReader);
        // Hits are read and highlighted independently of each other, so a page's are shared among the cores.
        var shown = top.ScoreDocs.Skip((page - 1) * pageSize).ToArray();
        var hits = new SearchHit[shown.Length];
        Parallel.For(0, shown.Length, new ParallelOptions { MaxDegreeOfParallelism = HighlightThreads },
            i => hits[i] = SearchHitReader.Read(shown[i].Doc, searcher.Doc(shown[i].Doc), shown[i].Score, highlighter));
        return new SearchResults(top.TotalHits, page, pageSize, hits);
    }

    private static T WithTooManyClausesAsInvalid<T>(Func<T> search)
    {
        try
        {
            return search();
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // Long alternatives are nested within the limit; only an AND of that many clauses gets here.
            throw new InvalidQueryException($"The query has more than {BooleanQuery.MaxClauseCount} clauses in one group; split it.", -1);
        }
    }

    private bool Collect(LuceneQuery query, SearchRequest request, ICollector collector)
    {
        var searcher = _searchers.Acquire();
        try
        {
            searcher.Search(query, SearchFilters.From(request), collector);
            return true;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void Commit()
    {
        WriterOrThrow().Commit();
        _searchers.MaybeRefresh();
    }

    private IndexWriter WriterOrThrow() => _writer ?? throw new SearchIndexReadOnlyException(_folder, Writer);

    private IndexWriter? OpenWriter(IndexAccess access, ILogger logger, out string? outdatedBy)
    {
        outdatedBy = null;
        switch (access)
        {
            case IndexAccess.Read when DirectoryReader.IndexExists(_directory):
                return null;
            case IndexAccess.Read:
                // A folder no service has opened yet has no index to read: make the empty one, or wait for the writer's.
                return TryOpenWriter(out outdatedBy) ?? WaitForIndex();
            case IndexAccess.WriteIfFree:
                return TryOpenWriter(out outdatedBy);
            default:
                return WaitForWriter(logger, out outdatedBy);
        }
    }

    private IndexWriter WaitForWriter(ILogger logger, out string? outdatedBy)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (true)
        {
#pragma warning disable CA2000 // the writer is returned to the caller, who owns it; null has nothing to dispose
            if (TryOpenWriter(out outdatedBy) is { } writer) return writer;
#pragma warning restore CA2000
            if (waited.Elapsed >= ServiceWriterWait) throw new IndexWriterBusyException(_folder, Writer, waited.Elapsed);
            if (!told)
            {
                logger.LogWarning("The search index in {Folder} is being written by {Holder}; waiting up to {Wait} for it to finish",
                    _folder, Writer?.ToString() ?? "another Watchdog process", ServiceWriterWait);
                told = true;
            }
            Thread.Sleep(WriterPoll);
        }
    }

    /// <summary>The process holding the lock is creating the index (its first commit comes right after the lock).</summary>
    private IndexWriter? WaitForIndex()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!DirectoryReader.IndexExists(_directory))
        {
            if (waited.Elapsed >= ServiceWriterWait) throw new IndexWriterBusyException(_folder, Writer, waited.Elapsed);
            Thread.Sleep(WriterPoll);
        }
        return null;
    }

    /// <param name="outdatedBy">See <see cref="OutdatedBy"/>; always null for a read-only index, which the writing process rebuilds.</param>
    private IndexWriter? TryOpenWriter(out string? outdatedBy)
    {
        outdatedBy = null;
        try
        {
            var writer = new IndexWriter(_directory, new IndexWriterConfig(LanguageAnalyzers.Version, _analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // One try: waiting, when wanted, is done above with a message saying for whom.
                WriteLockTimeout = 0,
            });
            outdatedBy = IndexBuild.OutdatedBy(writer.CommitData, writer.NumDocs);
            // An outdated index keeps its old versions until it is cleared, so a crash before then clears it next time.
            if (outdatedBy is null) writer.SetCommitData(IndexBuild.Current());
            // A first commit even when empty, so a read-only opener in another process finds an index to read.
            writer.Commit();
            return writer;
        }
        catch (LockObtainFailedException)
        {
            return null;
        }
    }
}
