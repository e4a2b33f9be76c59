using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>The CLI validates inputs as the API does, keeps local files under the fetch size limit, and audits only what it did.</summary>
public sealed class InputValidationCliTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-inputs");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--data", _data]);

    [Fact]
    public async Task A_standing_query_naming_an_unknown_watchlist_is_refused_as_the_api_refuses_it()
    {
        var run = await RunAsync("queries", "add", "officials", "@nobody_here AND arrest");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("nobody_here", run.Error, StringComparison.Ordinal);
        Assert.Contains("[]", (await RunAsync("queries", "list", "--json")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_report_is_not_audited_as_a_report()
    {
        var output = Path.Combine(_data, "report.html");
        var run = await RunAsync("report", "(bad", "--out", output);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.False(File.Exists(output));
        var log = await RunAsync("audit", "list", "--action", "report", "--json");
        Assert.Empty(log.Json.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task A_local_feed_file_over_the_fetch_limit_is_refused_without_being_read()
    {
        var huge = Path.Combine(_data, "huge.xml");
        await using (var file = File.Create(huge)) file.SetLength(200L * 1024 * 1024); // sparse: takes no disk, reads as zeros
        var before = GC.GetTotalAllocatedBytes();

        var run = await RunAsync("feed", "parse", huge, "--json");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("larger than the 10,485,760-byte limit", run.Error, StringComparison.Ordinal);
        Assert.InRange(GC.GetTotalAllocatedBytes() - before, 0, 100L * 1024 * 1024);
    }

    [Fact]
    public async Task A_local_file_is_read_under_a_limit_even_when_its_length_cannot_be_known() =>
        await Assert.ThrowsAsync<CommandFailedException>(() => LocalFile.ReadBytesAsync("/dev/zero", 1024 * 1024, CancellationToken.None));
}
