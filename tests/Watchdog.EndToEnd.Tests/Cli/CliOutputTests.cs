using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>CLI manners: tables that go to no terminal keep every cell whole, and kinds read the same in every command.</summary>
public sealed class CliOutputTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-output");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    [Fact]
    public async Task A_table_written_to_no_terminal_keeps_every_cell_whole_on_its_row()
    {
        // Far wider than the 80 columns Spectre assumes when it cannot ask a terminal.
        var urls = new[] { 1, 2 }.Select(n => $"https://example.org/{new string('a', 120)}/feed-{n}.xml?section=economy&lang=ru").ToArray();
        foreach (var url in urls) Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync("sources", "add", url, "--data", _data)).ExitCode);

        var list = await CliRun.RunAsync("sources", "list", "--data", _data);

        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        var lines = list.Output.Split('\n');
        foreach (var url in urls) Assert.Single(lines, line => line.Contains(url, StringComparison.Ordinal) && line.Contains("│ auto │", StringComparison.Ordinal));
        Assert.Single(lines, line => line.Contains("next run", StringComparison.Ordinal) && line.Contains("reason", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', list.Output); // no colour escapes in a pipe
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData(" 300 ", 300)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("wide", null)]
    [InlineData("-80", null)]
    [InlineData("5", null)]
    public void Columns_is_honoured_when_it_is_a_usable_width(string? columns, int? expected) =>
        Assert.Equal(expected, ConsoleWidth.FromEnvironment(columns));

    [Theory]
    [InlineData("organization")]
    [InlineData("organisation")]
    [InlineData("place")]
    [InlineData("location")]
    [InlineData("people")]
    public async Task Entities_kind_accepts_every_spelling_watchlists_accept(string kind)
    {
        var run = await CliRun.RunAsync("entities", "--kind", kind, "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
    }

    [Fact]
    public async Task Watchlists_print_kinds_by_their_canonical_names_whatever_spelling_was_imported()
    {
        var csv = Path.Combine(_data, "names.csv");
        await File.WriteAllLinesAsync(csv, ["text,kind", "Kaspi,organisation", "Алматы,place", "Тоқаев,people"]);
        Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync("watchlists", "import", "names", csv, "--data", _data)).ExitCode);

        var list = await CliRun.RunAsync("watchlists", "list", "--json", "--data", _data);

        var entries = Assert.Single(list.Json.EnumerateArray()).GetProperty("entries").EnumerateArray();
        Assert.Equal(["organization", "location", "person"], entries.Select(e => e.GetProperty("kind").GetString()));
    }
}
