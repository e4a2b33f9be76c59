using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Watchdog.Bench.Ingest;
using Watchdog.Testing;

namespace Watchdog.Bench.Soak;

/// <summary>
/// One soak of one store: the service ingests a loopback web of articles, the real CLI runs beside it all along, and
/// the service processes are killed with SIGKILL at random moments and restarted at once. Then: was every article
/// stored once, indexed, and found through the API by its own word, and how long after the last restart?
/// </summary>
public sealed class SoakRun(SoakSettings settings, string workFolder)
{
    /// <summary>
    /// Articles per site of the loopback web (each site one feed, one source): a source queues at most this many new
    /// pages per refresh (<see cref="Core.Sources.CrawlLimits.Default"/>), and the soak wants them all in one refresh.
    /// </summary>
    private static readonly int PerSite = Core.Sources.CrawlLimits.Default.MaxPagesPerRun;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);
    /// <summary>What `watchdog up` and `watchdog worker` print once they run: kills are timed from there, so they land on work.</summary>
    private static readonly Dictionary<string, string> ReadyLines = new() { ["up"] = "Watchdog is listening on", ["worker"] = "watchdog worker running" };
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);
    /// <summary>A kill waits this long at most for its number of stored articles (a killed run's tail may already hold them).</summary>
    private static readonly TimeSpan ProgressLimit = TimeSpan.FromSeconds(60);

    private string ConfigFile => Path.Combine(workFolder, "watchdog.yaml");
    private string DataFolder => Path.Combine(workFolder, "data");

    /// <param name="postgres">Connection string of an empty PostgreSQL database; null for the embedded store.</param>
    public async Task<SoakStoreFigures> RunAsync(string? postgres)
    {
        var wall = Stopwatch.StartNew();
        var sites = (settings.Articles + PerSite - 1) / PerSite;
        await using var web = await GeneratedWeb.StartAsync(sites, settings.Articles / sites, markers: true);
        var total = sites * (settings.Articles / sites);
        var apiPort = FreeLoopbackPort();
        await File.WriteAllTextAsync(ConfigFile, Config(web, postgres));
        var probe = new SoakProbe(postgres is null ? OpenSqlite : () => new NpgsqlConnection(postgres));
        // With PostgreSQL two processes share the queue: the web app with its workers and a second worker.
        string[][] roles = postgres is null
            ? [Up(apiPort)]
            : [Up(apiPort), ["worker", "--config", ConfigFile]];
        var services = roles.Select(role => WatchdogProcess.Start(role)).ToArray();
        var cli = new CliBeside(ConfigFile, GeneratedWeb.Marker(web.Sites[0].Port, 0));
        using var stopCli = new CancellationTokenSource();
        var cliLoop = Task.Run(() => cli.RunUntilAsync(stopCli.Token));
        try
        {
            var random = new Random(settings.Seed);
            // Kills spread over the ingest: each waits for a random number of stored articles (then a random moment
            // more), so they land mid-work rather than all in the first seconds after a start, before any work began.
            var targets = Enumerable.Range(0, settings.Kills).Select(_ => (long)random.Next(1, total)).Order().ToList();
            var storedAtKill = new List<long>();
            var lastRestart = Stopwatch.StartNew();
            for (var kill = 0; kill < settings.Kills; kill++)
            {
                foreach (var (service, role) in services.Zip(roles)) await service.WaitForOutputAsync(ReadyLines[role[0]], StartLimit);
                await WaitForStoredAsync(probe, targets[kill]);
                await Task.Delay(TimeSpan.FromSeconds(random.NextDouble() * settings.JitterSeconds));
                var victim = random.Next(services.Length);
                services[victim].KillHard();
                storedAtKill.Add((await probe.ReadAsync()).Articles);
                services[victim].Dispose();
                services[victim] = WatchdogProcess.Start(roles[victim]);
                lastRestart.Restart();
                Console.WriteLine($"  kill {kill + 1}/{settings.Kills} of {roles[victim][0]}: {storedAtKill[^1]}/{total} stored");
            }

            using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}"), Timeout = TimeSpan.FromSeconds(10) };
            var recovered = await WaitForRecoveryAsync(probe, api, total, lastRestart);
            var recoverySeconds = lastRestart.Elapsed.TotalSeconds;
            Console.WriteLine(recovered ? $"  recovered {recoverySeconds:F1} s after the last restart" : "  NOT recovered within the limit");
            var (notFound, foundTwice) = await SearchEveryArticleAsync(api, web);
            await stopCli.CancelAsync();
            await cliLoop;
            var counts = await probe.ReadAsync();
            var exited = services.Where(s => s.HasExited).Select(s => s.Output).FirstOrDefault();
            if (exited is not null) Console.WriteLine($"  a service process exited by itself:{Environment.NewLine}{exited}");
            return new SoakStoreFigures(
                postgres is null ? "embedded" : "postgres", string.Join(" + ", roles.Select(r => r[0])), total, settings.Kills,
                Lost: (int)Math.Max(0, total - counts.DistinctUrls), Duplicated: counts.Articles - counts.DistinctUrls + foundTwice, Unindexed: notFound,
                counts.Quarantined, recovered, Math.Round(recoverySeconds, 1), cli.Runs, cli.Errors.Count, [.. cli.Errors.Take(3)],
                Math.Round(wall.Elapsed.TotalSeconds, 1), storedAtKill);
        }
        finally
        {
            await stopCli.CancelAsync();
            foreach (var service in services) service.Dispose();
        }
    }

    /// <summary>Until <paramref name="target"/> articles are stored, or the services made no progress for a while (all stored).</summary>
    private static async Task WaitForStoredAsync(SoakProbe probe, long target)
    {
        var waited = Stopwatch.StartNew();
        while ((await probe.ReadAsync()).Articles < target && waited.Elapsed < ProgressLimit) await Task.Delay(PollEvery);
    }

    private string[] Up(int port) => ["up", "--urls", $"http://127.0.0.1:{port}", "--config", ConfigFile];

    private DbConnection OpenSqlite() => new SqliteConnection(new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(DataFolder, "watchdog.db"),
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString());

    /// <summary>Every article stored once, none waiting for the index, no work left, and the index holds them all.</summary>
    private async Task<bool> WaitForRecoveryAsync(SoakProbe probe, HttpClient api, int total, Stopwatch sinceRestart)
    {
        while (sinceRestart.Elapsed < settings.RecoveryLimit)
        {
            var counts = await probe.ReadAsync();
            if (counts.Articles == total && counts.DistinctUrls == total && counts.Unindexed == 0 && counts.UnfinishedWork == 0
                && await IndexedDocumentsAsync(api) == total)
                return true;
            await Task.Delay(PollEvery);
        }
        return false;
    }

    private static async Task<long> IndexedDocumentsAsync(HttpClient api)
    {
        try
        {
            var stats = await api.GetFromJsonAsync<JsonElement>("/api/stats");
            return stats.GetProperty("indexedDocuments").GetInt64();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return -1; // the web app is (re)starting
        }
    }

    /// <returns>Articles their own word does not find, and articles it finds more than once.</returns>
    private static async Task<(int NotFound, int FoundTwice)> SearchEveryArticleAsync(HttpClient api, GeneratedWeb web)
    {
        int notFound = 0, foundTwice = 0;
        foreach (var site in web.Sites)
        {
            for (var n = 0; n < web.PerHost; n++)
            {
                var found = await SearchTotalAsync(api, GeneratedWeb.Marker(site.Port, n));
                if (found == 0) notFound++;
                if (found > 1) foundTwice++;
            }
        }
        return (notFound, foundTwice);
    }

    private static async Task<long> SearchTotalAsync(HttpClient api, string word)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var results = await api.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(word)}&pageSize=1");
                return results.GetProperty("total").GetInt64();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private string Config(GeneratedWeb web, string? postgres)
    {
        var store = postgres is null ? "" : $"""
            store:
              kind: postgres
              connectionString: "{postgres}"
            """;
        var sources = string.Concat(web.Sites.Select(site => $"""
              - url: {web.FeedUrl(site)}
                every: 10m
                kind: feed

            """));
        return $"""
            dataFolder: {DataFolder}
            {store}
            fetcher:
              allowLoopback: true
              perHostDelay: 0s
              perHostConcurrency: 4
            pipeline:
              concurrency: 4
              pollInterval: 200ms
            sources:
            {sources}
            """;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <param name="JitterSeconds">After its number of stored articles is reached, a kill waits a random moment up to this long.</param>
public sealed record SoakSettings(int Articles, int Kills, int Seed, double JitterSeconds, TimeSpan RecoveryLimit)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Articles} articles on loopback sites of at most {Core.Sources.CrawlLimits.Default.MaxPagesPerRun} (one feed each); {Kills} SIGKILLs, each once a random number of articles is stored and then up to {JitterSeconds} s more (seed {Seed}), the killed process restarted at once; default lease, pipeline concurrency 4, poll 200 ms; the real CLI (stats, search, sources list) runs in turn all along; recovery limit {RecoveryLimit.TotalSeconds:0} s");
}
