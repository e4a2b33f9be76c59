using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Governance;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Storage;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Guard;

/// <summary>`watchdog guard leaks add|list|findings|scan|remove` over an embedded store in a temp data folder.</summary>
public sealed class LeakCliTests : IDisposable
{
    /// <summary>Words of the memo that appear nowhere else: if they are anywhere in the data folder, its text was kept.</summary>
    private const string MemoOnlyPhrase = "newsroom lawyer";

    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-leaks");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders; a file still held open must not fail the run.
        }
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--data", _data]);

    private async Task<string> AddMemoAsync()
    {
        var run = await RunAsync("guard", "leaks", "add", LeakFixtures.Path("confidential-memo.txt"), "--name", "Ventilator memo", "--json");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        return run.Json.GetProperty("id").GetString()!;
    }

    /// <summary>Stores the two articles straight into the store, as if collected before the memo was registered.</summary>
    private async Task<long> StoreArticlesAsync()
    {
        using var store = await EmbeddedStore.OpenAsync(_data);
        var leak = await store.Articles.AddAsync(TestArticles.Make("Spring floods", DateTimeOffset.UtcNow) with
        {
            Text = $"Rescuers say the river rose. A document appeared online. It says: \"{LeakFixtures.QuotedParagraph}\" We could not verify it.",
            ContentHash = "leak-article",
        }, CancellationToken.None);
        await store.Articles.AddAsync(TestArticles.Make("Harvest news", DateTimeOffset.UtcNow), CancellationToken.None);
        return leak.Article.Id;
    }

    /// <summary>What a person reads: without colour codes, and with the console's line wrapping undone.</summary>
    private static string PlainText(string output) =>
        string.Join(' ', Regex.Replace(output, @"\e\[[0-9;]*m", "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Add_prints_the_id_and_fingerprint_count_and_list_shows_the_document()
    {
        var add = await RunAsync("guard", "leaks", "add", LeakFixtures.Path("confidential-memo.txt"), "--name", "Ventilator memo");
        var list = await RunAsync("guard", "leaks", "list", "--json");

        Assert.Equal(ExitCodes.Ok, add.ExitCode);
        var document = Assert.Single(list.Json.EnumerateArray());
        var id = document.GetProperty("id").GetString()!;
        var fingerprints = document.GetProperty("fingerprints").GetInt32();
        Assert.Contains($"registered {id}: Ventilator memo ({fingerprints} fingerprints", add.Output, StringComparison.Ordinal);
        Assert.True(fingerprints > 10, $"{fingerprints} fingerprints from a 150-word memo");
        Assert.False(document.TryGetProperty("fingerprint", out _), "the list leaves the fingerprint blob out");
    }

    [Fact]
    public async Task Add_and_remove_are_in_the_audit_log()
    {
        var id = await AddMemoAsync();
        await RunAsync("guard", "leaks", "remove", id);

        var audit = await RunAsync("audit", "list", "--action", "guard", "--json");

        var actions = audit.Json.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("target").GetString()));
        Assert.Equal([(AuditActions.GuardLeakRemove, $"leak-document {id}"), (AuditActions.GuardLeakAdd, $"leak-document {id}")], actions);
    }

    [Fact]
    public async Task Stored_document_row_holds_only_the_fingerprint_and_no_file_in_the_data_folder_holds_its_text()
    {
        Assert.Contains(MemoOnlyPhrase, LeakFixtures.Memo, StringComparison.Ordinal);
        var id = await AddMemoAsync();

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_data, EmbeddedStore.DatabaseFileName)};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM leak_documents";
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            Assert.Equal(["id", "name", "fingerprint", "fingerprint_count", "created_at"], columns);
            Assert.Equal((id, "Ventilator memo"), (reader.GetString(0), reader.GetString(1)));
            Assert.Equal("WDFP"u8.ToArray(), ((byte[])reader.GetValue(2))[..4]);
        }
        var phrase = Encoding.UTF8.GetBytes(MemoOnlyPhrase);
        foreach (var file in Directory.EnumerateFiles(_data, "*", SearchOption.AllDirectories))
            Assert.False(File.ReadAllBytes(file).AsSpan().IndexOf(phrase) >= 0, $"{file} holds text of the confidential document");
    }

    [Fact]
    public async Task Scan_records_the_article_that_quotes_the_document_once_and_findings_lists_it()
    {
        var articleId = await StoreArticlesAsync();
        var id = await AddMemoAsync();

        var scan = await RunAsync("guard", "leaks", "scan", "--json");
        var again = await RunAsync("guard", "leaks", "scan", "--document", id, "--json");
        var findings = await RunAsync("guard", "leaks", "findings", "--json");
        var readable = await RunAsync("guard", "leaks", "findings", "--document", id);

        Assert.Equal((ExitCodes.Ok, 2, 1, 1), (scan.ExitCode, scan.Json.GetProperty("articles").GetInt32(), scan.Json.GetProperty("articlesWithLeaks").GetInt32(), scan.Json.GetProperty("newFindings").GetInt32()));
        Assert.Equal(0, again.Json.GetProperty("newFindings").GetInt32());
        var finding = Assert.Single(findings.Json.EnumerateArray());
        Assert.Equal((articleId, id), (finding.GetProperty("articleId").GetInt64(), finding.GetProperty("documentId").GetString()));
        Assert.Contains("Ventilator memo", readable.Output, StringComparison.Ordinal);
        Assert.Contains("acceptance certificates", PlainText(readable.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_drops_the_document_and_its_findings_and_a_second_remove_fails()
    {
        await StoreArticlesAsync();
        var id = await AddMemoAsync();
        await RunAsync("guard", "leaks", "scan");

        var removed = await RunAsync("guard", "leaks", "remove", id);
        var again = await RunAsync("guard", "leaks", "remove", id);

        Assert.Equal(ExitCodes.Ok, removed.ExitCode);
        Assert.Equal(ExitCodes.Failure, again.ExitCode);
        Assert.Empty((await RunAsync("guard", "leaks", "list", "--json")).Json.EnumerateArray());
        Assert.Empty((await RunAsync("guard", "leaks", "findings", "--json")).Json.EnumerateArray());
    }

    [Fact]
    public async Task Scan_for_an_unknown_document_fails_with_a_reason()
    {
        var run = await RunAsync("guard", "leaks", "scan", "--document", "0000000000000000");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("0000000000000000", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_refuses_a_text_too_short_to_fingerprint()
    {
        var file = Path.Combine(_data, "short.txt");
        await File.WriteAllTextAsync(file, "Top secret plan");

        var run = await RunAsync("guard", "leaks", "add", file);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("3 words", run.Error, StringComparison.Ordinal);
        Assert.Empty((await RunAsync("guard", "leaks", "list", "--json")).Json.EnumerateArray());
    }
}
