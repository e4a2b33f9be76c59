using System.Diagnostics;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Sources;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Import;
using Watchdog.Storage;
using Watchdog.Storage.Search;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Import;

/// <summary>`watchdog import` on the embedded store: good lines stored and searchable, bad lines and duplicates counted, standard input, and beside a running service.</summary>
public sealed class ImportCliTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _data = TestPaths.NewTempFolder("watchdog-import");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    [Fact]
    public async Task A_good_archive_is_stored_analysed_indexed_and_audited()
    {
        var file = ImportArchive.Write(_data, ImportArchive.Russian, ImportArchive.Kazakh, "", ImportArchive.English);

        var run = await CliRun.RunAsync("import", file, "--json", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal((3L, 0L, 0L, 0L), (run.Json.GetProperty("imported").GetInt64(), run.Json.GetProperty("duplicates").GetInt64(),
            run.Json.GetProperty("badLines").GetInt64(), run.Json.GetProperty("leftForIndexer").GetInt64()));
        // Searched by another form of the word, so the articles were indexed by their analysis keys.
        Assert.Equal(1, (await CliRun.RunAsync("search", "Уральска", "--json", "--data", _data)).Json.GetProperty("total").GetInt64());
        Assert.Equal(1, (await CliRun.RunAsync("search", "тасқынның", "--json", "--data", _data)).Json.GetProperty("total").GetInt64());
        Assert.Equal(1, (await CliRun.RunAsync("search", "floods", "--json", "--data", _data)).Json.GetProperty("total").GetInt64());
        var stats = (await CliRun.RunAsync("stats", "--json", "--data", _data)).Json;
        Assert.Equal((3L, 0L), (stats.GetProperty("indexedDocuments").GetInt64(), stats.GetProperty("waitingToBeIndexed").GetInt64()));
        var audit = await CliRun.RunAsync("audit", "list", "--action", AuditActionsUnderTest, "--json", "--data", _data);
        var entry = Assert.Single(audit.Json.GetProperty("entries").EnumerateArray());
        Assert.Contains("\"imported\":3", entry.GetProperty("details").GetString(), StringComparison.Ordinal);

        using var store = await EmbeddedStore.OpenAsync(_data);
        var articles = await store.Articles.LatestAsync(10, null, Ct);
        Assert.Equal(["en", "kk", "ru"], articles.Select(a => a.Language).Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.NotNull(a.Tone));
        var sources = await store.Sources.ListAsync(Ct);
        Assert.Equal(3, sources.Count);
        Assert.All(sources, s => Assert.Equal((SourceStatus.Paused, ImportSources.PausedReason), (s.Health.Status, s.Health.PausedReason)));
        Assert.Contains(sources, s => s.Url == new Uri("https://archive.example.kz/") && s.Title == "Жайық таңы");
    }

    [Fact]
    public async Task Batch_by_batch_every_article_is_indexed_and_marked_so_though_a_batch_is_indexed_while_the_next_is_stored()
    {
        var file = ImportArchive.Write(_data, ImportArchive.Russian, ImportArchive.Kazakh, ImportArchive.English);

        var run = await CliRun.RunAsync("import", file, "--json", "--batch", "1", "--no-tone", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal((3L, 0L), (run.Json.GetProperty("imported").GetInt64(), run.Json.GetProperty("leftForIndexer").GetInt64()));
        var stats = (await CliRun.RunAsync("stats", "--json", "--data", _data)).Json;
        Assert.Equal((3L, 0L), (stats.GetProperty("indexedDocuments").GetInt64(), stats.GetProperty("waitingToBeIndexed").GetInt64()));
        Assert.Equal(1, (await CliRun.RunAsync("search", "floods", "--json", "--data", _data)).Json.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Bad_lines_are_named_by_number_and_skipped_and_the_good_ones_kept()
    {
        var file = ImportArchive.Write(_data, ImportArchive.Russian, "{not json", """{"url": "https://a.example/1"}""", ImportArchive.English);

        var run = await CliRun.RunAsync("import", file, "--data", _data);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("line 2: skipped: not JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 3: skipped: 'text' is missing or empty", run.Error, StringComparison.Ordinal);
        Assert.Contains("imported: 2  skipped duplicates: 0  bad lines: 2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicates_by_url_or_by_text_are_skipped_and_counted_within_a_file_and_across_imports()
    {
        var sameText = ImportArchive.Line("https://elsewhere.example/copy", "Copied", "Flood water covered several streets of Oral. Rescuers evacuated residents of the riverside houses.");
        var file = ImportArchive.Write(_data, ImportArchive.English, ImportArchive.English, sameText, ImportArchive.Russian);

        var first = await CliRun.RunAsync("import", file, "--json", "--batch", "2", "--data", _data);
        var again = await CliRun.RunAsync("import", file, "--json", "--data", _data);

        Assert.Equal((2L, 2L), (first.Json.GetProperty("imported").GetInt64(), first.Json.GetProperty("duplicates").GetInt64()));
        Assert.Equal((0L, 4L), (again.Json.GetProperty("imported").GetInt64(), again.Json.GetProperty("duplicates").GetInt64()));
        Assert.Equal(2, (await CliRun.RunAsync("stats", "--json", "--data", _data)).Json.GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Beside_the_service_that_holds_the_index_the_rows_are_stored_and_left_for_it_to_index()
    {
        var file = ImportArchive.Write(_data, ImportArchive.Russian, ImportArchive.English);
        CliRun run;
        using (var service = await EmbeddedStore.OpenAsync(_data, null, null, IndexAccess.Write, Ct))
        {
            run = await CliRun.RunAsync("import", file, "--data", _data);
        }

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("imported: 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("the running service indexes them", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await CliRun.RunAsync("stats", "--json", "--data", _data)).Json.GetProperty("waitingToBeIndexed").GetInt64());
    }

    [Fact]
    public async Task A_dash_reads_the_archive_from_standard_input()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "exec", WatchdogProcess.DllPath, "import", "-", "--data", _data }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(ImportArchive.Kazakh);
        await process.StandardInput.WriteLineAsync("oops");
        await process.StandardInput.WriteLineAsync(ImportArchive.English);
        process.StandardInput.Close();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.Equal(ExitCodes.Failure, process.ExitCode);
        Assert.Contains("imported: 2  skipped duplicates: 0  bad lines: 1", await output, StringComparison.Ordinal);
        Assert.Contains("line 2: skipped: not JSON", await error, StringComparison.Ordinal);
    }

    private const string AuditActionsUnderTest = Core.Governance.AuditActions.ArticleImport;
}
