using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Articles;
using Watchdog.Core.Queue;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Application;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Watching;

namespace Watchdog.Bench.Matching;

/// <summary>
/// Article stored → alert delivered, on the embedded default with its default settings: a real data folder (SQLite +
/// Lucene), the pipeline's hosted workers, the standing queries of the matching benchmark each with a webhook target,
/// and a webhook receiver on 127.0.0.1. Articles are stored at a steady rate exactly as the fetch stage stores them
/// (article store, then a watch work item); the clock runs from the store's return to the receiver's first sight of a
/// webhook naming the article. Articles that match no query, or join an alert already sent for their story, have no
/// delivery of their own and are not timed.
/// </summary>
internal static class AlertLatencyBenchmark
{
    private const string HookPath = "/hook";
    private const int WarmUpArticles = 20;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(60);

    public sealed record Figures(
        int Queries, int ArticlesStored, double ArticlesPerSecond, int ArticlesAlerted, int Webhooks,
        double P50Ms, double P90Ms, double P99Ms, double MaxMs, double RaisedP50Ms, double RaisedP99Ms, string Settings);

    public static async Task<Figures> RunAsync(
        IReadOnlyList<StandingQuery> queries, IReadOnlyList<Watchlist> watchlists,
        IReadOnlyList<Article> articles, double articlesPerSecond)
    {
        var deliveries = new ConcurrentDictionary<long, DateTimeOffset>();
        var raised = new ConcurrentDictionary<long, DateTimeOffset>();
        var webhooks = 0;
        await using var receiver = await StartReceiverAsync(async context =>
        {
            var seen = DateTimeOffset.UtcNow;
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            Interlocked.Increment(ref webhooks);
            foreach (var alert in body.RootElement.GetProperty("alerts").EnumerateArray())
            {
                var articleId = alert.GetProperty("articleId").GetInt64();
                deliveries.TryAdd(articleId, seen);
                var createdAt = alert.GetProperty("createdAt").GetDateTimeOffset();
                raised.AddOrUpdate(articleId, createdAt, (_, earlier) => createdAt < earlier ? createdAt : earlier);
            }
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        var hook = new Uri(receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + HookPath);

        var dataFolder = Path.Combine(Path.GetTempPath(), $"watchdog-latency-{Guid.NewGuid():N}");
        try
        {
            using var host = BuildHost(dataFolder);
            await SaveQueriesAsync(host.Services.GetRequiredService<IWatchStore>(), queries, watchlists, hook);
            await host.StartAsync();
            var store = host.Services.GetRequiredService<IArticleStore>();
            var queue = host.Services.GetRequiredService<IWorkQueue>();
            var signal = host.Services.GetRequiredService<WorkSignal>();

            // Untimed: the first article compiles the standing queries, and JIT tiers settle.
            foreach (var article in articles.Take(WarmUpArticles)) await StoreAsync(store, queue, signal, article);
            await WaitAsync(() => !deliveries.IsEmpty, DrainTimeout);
            deliveries.Clear();
            raised.Clear();

            var stored = new ConcurrentDictionary<long, DateTimeOffset>();
            var pace = Stopwatch.StartNew();
            var timed = articles.Skip(WarmUpArticles).ToList();
            for (var i = 0; i < timed.Count; i++)
            {
                var due = TimeSpan.FromSeconds(i / articlesPerSecond);
                if (due > pace.Elapsed) await Task.Delay(due - pace.Elapsed);
                var (id, at) = await StoreAsync(store, queue, signal, timed[i]);
                stored[id] = at;
            }
            var rate = timed.Count / pace.Elapsed.TotalSeconds;
            // Done when nothing new has arrived for many poll intervals (a loaded machine can pause for seconds).
            var last = -1;
            while (last != deliveries.Count && pace.Elapsed < TimeSpan.FromMinutes(10))
            {
                last = deliveries.Count;
                await Task.Delay(TimeSpan.FromSeconds(15));
            }
            await host.StopAsync();

            var latencies = deliveries
                .Where(d => stored.ContainsKey(d.Key))
                .Select(d => (d.Value - stored[d.Key]).TotalMilliseconds)
                .Order()
                .ToArray();
            if (latencies.Length == 0)
                throw new InvalidOperationException($"no webhook named any of the {stored.Count} timed articles ({webhooks} webhook calls, {deliveries.Count} articles named)");
            var matching = raised
                .Where(r => stored.ContainsKey(r.Key))
                .Select(r => (r.Value - stored[r.Key]).TotalMilliseconds)
                .Order()
                .ToArray();
            return new Figures(
                queries.Count, timed.Count, Math.Round(rate, 1), latencies.Length, webhooks,
                Math.Round(BenchMath.Percentile(latencies, 0.5)), Math.Round(BenchMath.Percentile(latencies, 0.9)), Math.Round(BenchMath.Percentile(latencies, 0.99)),
                Math.Round(latencies[^1]), Math.Round(BenchMath.Percentile(matching, 0.5)), Math.Round(BenchMath.Percentile(matching, 0.99)), "embedded store (SQLite + Lucene), default pipeline and alert settings; every standing query has a webhook target");
        }
        finally
        {
            BenchMath.TryDeleteFolder(dataFolder);
        }
    }

    private static IHost BuildHost(string dataFolder)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watchdog:DataFolder"] = dataFolder,
            ["Watchdog:Fetcher:AllowLoopback"] = "true",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddWatchdogCore(builder.Configuration).AddWatchdogWorkers();
        return builder.Build();
    }

    private static async Task SaveQueriesAsync(IWatchStore store, IReadOnlyList<StandingQuery> queries, IReadOnlyList<Watchlist> watchlists, Uri hook)
    {
        foreach (var watchlist in watchlists) await store.SaveWatchlistAsync(watchlist with { Id = 0 }, CancellationToken.None);
        var rule = new AlertRule { Targets = [new DeliveryTarget(DeliveryChannel.Webhook, hook.AbsoluteUri) { Secret = "bench" }] };
        await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (query, ct) => await store.SaveQueryAsync(query with { Id = 0, Rule = rule }, ct));
    }

    /// <summary>What <c>FetchArticleStage</c> does once a page became an article: store it, then queue it for matching.</summary>
    private static async Task<(long Id, DateTimeOffset StoredAt)> StoreAsync(IArticleStore store, IWorkQueue queue, WorkSignal signal, Article article)
    {
        var added = await store.AddAsync(article with { Id = 0, FetchedAt = DateTimeOffset.UtcNow }, CancellationToken.None);
        var storedAt = DateTimeOffset.UtcNow;
        await WatchArticleInput.EnqueueAsync(queue, signal, added.Article.Id, storedAt, CancellationToken.None);
        return (added.Article.Id, storedAt);
    }

    private static async Task<WebApplication> StartReceiverAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost(HookPath, handle);
        await app.StartAsync();
        return app;
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException("the warm-up articles raised no webhook call");
            await Task.Delay(50);
        }
    }

    public static string Describe(Figures f) => string.Create(CultureInfo.InvariantCulture,
        $"[{f.Queries}] article stored → webhook delivered: p50 {f.P50Ms:0} ms, p90 {f.P90Ms:0} ms, p99 {f.P99Ms:0} ms, max {f.MaxMs:0} ms " +
        $"(stored → first alert raised: p50 {f.RaisedP50Ms:0} ms, p99 {f.RaisedP99Ms:0} ms; {f.ArticlesAlerted} of {f.ArticlesStored} articles alerted, {f.ArticlesPerSecond:0.0} stored/s, {f.Webhooks} webhook calls)");
}
