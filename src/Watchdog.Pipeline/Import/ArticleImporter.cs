using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Articles;
using Watchdog.Pipeline.Storage;
using Watchdog.Storage.Search;

namespace Watchdog.Pipeline.Import;

/// <param name="BatchSize">Articles per transaction and per search-index commit.</param>
/// <param name="Threads">Threads that analyse and index a batch (language, tone, the index's analyzers).</param>
/// <param name="Tone">
/// Whether each article's tone is computed, as at ingest. It is about 40 % of an import's CPU (≈1.1 ms of an article's
/// ≈2.7 ms; search and matching do not use it); an archive loaded without it counts as untagged in tone shares.
/// </param>
public sealed record ImportSettings(int BatchSize, int Threads, bool Tone = true)
{
    /// <summary>
    /// A thousand rows make one transaction and one index commit cost little per article, and a batch of long
    /// articles still fits in memory many times over.
    /// </summary>
    public static ImportSettings Default { get; } = new(1_000, Math.Clamp(Environment.ProcessorCount, 1, 4));
}

/// <param name="Lines">Lines read so far (blank lines included).</param>
public sealed record ImportProgress(long Lines, long Imported, long Duplicates, long BadLines, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Imported / Elapsed.TotalSeconds : 0;
}

/// <param name="LeftForIndexer">Articles stored but not indexed here: another process writes the index (the running service indexes them), or indexing failed (logged).</param>
/// <param name="IndexedBy">The running service that holds the embedded index, when it is not this process.</param>
public sealed record ImportSummary(
    long Lines, long Imported, long Duplicates, long BadLines, long LeftForIndexer, double Seconds, double ArticlesPerSecond, string? IndexedBy);

/// <summary>
/// `watchdog import`: loads a JSON Lines archive of articles in batches — each batch analysed like fetched articles
/// (<see cref="ImportedArticleComposer"/>), stored in one transaction skipping duplicates by URL or content hash, put
/// into the search index with one commit and only then marked indexed, so a crash at any point leaves each article
/// either indexed or waiting for the indexer. A batch is indexed while the next is read, analysed and stored, so both
/// kinds of work share the cores. A bad line is reported and skipped. Imported articles raise no alerts
/// (an archive is history); their stories and entities are filled in by the service's background passes.
/// </summary>
public sealed class ArticleImporter(StoreSet stores, TimeProvider clock, ILogger<ArticleImporter> logger)
{
    private readonly ImportSources _sources = new(stores.Sources);

    /// <param name="badLine">Told of each line skipped as bad, with its number and reason.</param>
    public async Task<ImportSummary> RunAsync(
        TextReader input, ImportSettings settings, IProgress<ImportProgress>? progress, Action<ImportLine>? badLine, CancellationToken ct)
    {
        var elapsed = Stopwatch.StartNew();
        // Beside a running service, which holds the embedded index, rows are stored unindexed and the service indexes them.
        var indexHere = stores.EmbeddedIndex is not { IsWritable: false };
        var counts = new Counts();
        var pending = new List<ImportRecord>(settings.BatchSize);
        // The batch before is indexed while the next is read, analysed and stored (see StoreBatchAsync).
        var indexing = Task.CompletedTask;
        try
        {
            while (await input.ReadLineAsync(ct) is { } line)
            {
                counts.Lines++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var parsed = ImportLineParser.Parse(counts.Lines, line);
                if (parsed.Record is null)
                {
                    counts.BadLines++;
                    badLine?.Invoke(parsed);
                    continue;
                }
                pending.Add(parsed.Record);
                if (pending.Count < settings.BatchSize) continue;
                indexing = await StoreBatchAsync(pending, settings, indexHere, counts, indexing, ct);
                pending.Clear();
                progress?.Report(counts.Progress(elapsed.Elapsed));
            }
            if (pending.Count > 0) indexing = await StoreBatchAsync(pending, settings, indexHere, counts, indexing, ct);
            await indexing;
        }
        catch when (!indexing.IsCompleted)
        {
            // The batch being indexed finishes (or is cancelled) before the caller closes the stores under it.
            await Task.WhenAny(indexing);
            throw;
        }
        progress?.Report(counts.Progress(elapsed.Elapsed));
        var seconds = elapsed.Elapsed.TotalSeconds;
        return new ImportSummary(counts.Lines, counts.Imported, counts.Duplicates, counts.BadLines, counts.LeftForIndexer,
            Math.Round(seconds, 1), seconds > 0 ? Math.Round(counts.Imported / seconds, 1) : 0,
            indexHere ? null : stores.EmbeddedIndex?.Writer?.ToString() ?? "another process");
    }

    /// <param name="previous">The indexing of the batch before, awaited once this batch is stored: one batch is indexed at a time, in order.</param>
    /// <returns>This batch's indexing, still running: the caller reads and stores the next batch meanwhile, which keeps the cores busy.</returns>
    private async Task<Task> StoreBatchAsync(
        List<ImportRecord> batch, ImportSettings settings, bool indexHere, Counts counts, Task previous, CancellationToken ct)
    {
        var importedAt = clock.GetUtcNow();
        var sources = new List<Core.Sources.Source>(batch.Count);
        foreach (var record in batch) sources.Add(await _sources.ForAsync(record, ct));
        var articles = batch.Select((record, i) => (record, source: sources[i]))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(settings.Threads).WithCancellation(ct)
            .Select(x => ImportedArticleComposer.Compose(x.record, x.source, importedAt, settings.Tone))
            .ToList();
        var added = await stores.Articles.AddNewAsync(articles, ct);
        counts.Imported += added.Count;
        counts.Duplicates += articles.Count - added.Count;
        await previous;
        if (added.Count == 0) return Task.CompletedTask;
        if (!indexHere)
        {
            counts.LeftForIndexer += added.Count;
            return Task.CompletedTask;
        }
        return IndexAsync(added, settings.Threads, counts, ct);
    }

    private async Task IndexAsync(IReadOnlyList<Article> added, int threads, Counts counts, CancellationToken ct)
    {
        if (!await TryIndexAsync(added, threads, ct)) counts.LeftForIndexer += added.Count;
    }

    /// <returns>False when the articles stay for the indexer: the index is another process's, or indexing failed.</returns>
    private async Task<bool> TryIndexAsync(IReadOnlyList<Article> added, int threads, CancellationToken ct)
    {
        try
        {
            // The index's writer takes documents from several threads; their commits are grouped into one.
            var share = (added.Count + threads - 1) / threads;
            await Task.WhenAll(added.Chunk(share).Select(chunk => Task.Run(() => stores.Search.IndexAsync(chunk, ct), ct)));
            await stores.Articles.MarkIndexedAsync(added.Select(a => a.Id).ToList(), ct);
            return true;
        }
        catch (SearchIndexReadOnlyException)
        {
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Indexing {Count} imported articles failed; they stay stored and wait for the indexer", added.Count);
            return false;
        }
    }

    private sealed class Counts
    {
        public long Lines;
        public long Imported;
        public long Duplicates;
        public long BadLines;
        public long LeftForIndexer;

        public ImportProgress Progress(TimeSpan elapsed) => new(Lines, Imported, Duplicates, BadLines, elapsed);
    }
}
