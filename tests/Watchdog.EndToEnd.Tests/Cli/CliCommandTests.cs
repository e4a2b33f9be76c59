using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>The `watchdog` command line: exit codes, --json output, and the two diagnostic commands.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Unknown_command_exits_with_the_usage_code()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_source_with_an_invalid_url_exits_with_the_usage_code_and_says_why()
    {
        var run = await CliRun.RunAsync("sources", "add", "ftp://example.org/feed", "--data", _data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("not an absolute http(s) URL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_list_json_shows_an_added_source_with_its_settings()
    {
        var added = await CliRun.RunAsync("sources", "add", "https://example.org/rss.xml", "--every", "15m", "--tag", "news", "--tag", "kz", "--data", _data);
        var list = await CliRun.RunAsync("sources", "list", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        var source = Assert.Single(list.Json.EnumerateArray());
        Assert.Equal("https://example.org/rss.xml", source.GetProperty("url").GetString());
        Assert.Equal(900, source.GetProperty("everySeconds").GetDouble());
        Assert.Equal(["news", "kz"], source.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("new", source.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Pausing_a_missing_source_exits_with_the_failure_code()
    {
        var run = await CliRun.RunAsync("sources", "pause", "42", "--data", _data);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("no source 42", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paused_source_is_listed_as_paused_with_the_reason()
    {
        await CliRun.RunAsync("sources", "add", "https://example.org/rss.xml", "--data", _data);
        var pause = await CliRun.RunAsync("sources", "pause", "1", "--data", _data);
        var list = await CliRun.RunAsync("sources", "list", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Ok, pause.ExitCode);
        var source = Assert.Single(list.Json.EnumerateArray());
        Assert.Equal("paused", source.GetProperty("status").GetString());
        Assert.Equal("paused by operator", source.GetProperty("pausedReason").GetString());
    }

    [Fact]
    public async Task Stats_json_counts_sources_and_articles()
    {
        await CliRun.RunAsync("sources", "add", "https://example.org/a.xml", "--data", _data);
        await CliRun.RunAsync("sources", "add", "https://example.org/b.xml", "--data", _data);
        var run = await CliRun.RunAsync("stats", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(2, run.Json.GetProperty("sources").GetInt32());
        Assert.Equal(0, run.Json.GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Search_with_an_invalid_date_exits_with_the_usage_code()
    {
        var run = await CliRun.RunAsync("search", "media", "--from", "last tuesday", "--data", _data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--from", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_json_on_an_empty_store_returns_no_hits()
    {
        var run = await CliRun.RunAsync("search", "media", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(0, run.Json.GetProperty("total").GetInt64());
        Assert.Empty(run.Json.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Feed_parse_json_prints_items_with_iso_dates_and_authors()
    {
        var run = await CliRun.RunAsync("feed", "parse", CliRun.Fixture("atom.xml"), "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("Алатау жаңалықтары", run.Json.GetProperty("title").GetString());
        var item = Assert.Single(run.Json.GetProperty("items").EnumerateArray());
        Assert.Equal("https://news.example.kz/2026/10/park", item.GetProperty("link").GetString());
        Assert.Equal("Айгүл Серікқызы", Assert.Single(item.GetProperty("authors").EnumerateArray()).GetString());
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 3, 30, 0, TimeSpan.Zero), item.GetProperty("published").GetDateTimeOffset());
    }

    [Fact]
    public async Task Feed_parse_of_a_missing_file_exits_with_the_usage_code()
    {
        var run = await CliRun.RunAsync("feed", "parse", Path.Combine(_data, "nope.xml"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Robots_check_prints_the_verdict_and_matching_rule_for_each_url()
    {
        var run = await CliRun.RunAsync("robots", "check", CliRun.Fixture("robots.txt"), "--agent", "OtherBot",
            "https://site.example/private/report", "https://site.example/private/press-kit", "https://site.example/drafts/x");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("disallowed", lines[0], StringComparison.Ordinal);
        Assert.Contains("Disallow: /private/", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("allowed", lines[1], StringComparison.Ordinal);
        Assert.Contains("Allow: /private/press-kit$", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("allowed", lines[2], StringComparison.Ordinal); // the Watchdog group does not apply to OtherBot
    }

    [Fact]
    public async Task Robots_check_json_uses_the_group_of_the_named_agent()
    {
        var run = await CliRun.RunAsync("robots", "check", CliRun.Fixture("robots.txt"), "--agent", "Watchdog", "--json",
            "https://site.example/drafts/x", "https://site.example/private/report");

        var verdicts = run.Json.EnumerateArray().ToList();
        Assert.False(verdicts[0].GetProperty("allowed").GetBoolean());
        Assert.Equal("Disallow: /drafts/", verdicts[0].GetProperty("rule").GetString());
        Assert.True(verdicts[1].GetProperty("allowed").GetBoolean()); // a named group replaces the * group
    }

    [Fact]
    public async Task Robots_check_over_http_reads_the_sites_robots_file()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Map("/robots.txt", TestResponse.Text(await File.ReadAllTextAsync(CliRun.Fixture("robots.txt")), "text/plain"));
        var config = Path.Combine(_data, "watchdog.yaml");
        await File.WriteAllTextAsync(config, "fetcher:\n  allowLoopback: true\n");

        var run = await CliRun.RunAsync("robots", "check", server.Url("/robots.txt").AbsoluteUri, "--config", config, "--agent", "OtherBot",
            server.Url("/private/x").AbsoluteUri);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("disallowed", run.Output, StringComparison.Ordinal);
        Assert.Single(server.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task Invalid_config_file_exits_with_the_usage_code_naming_the_setting()
    {
        var config = Path.Combine(_data, "watchdog.yaml");
        await File.WriteAllTextAsync(config, "pipeline:\n  concurrency: 0\nsources:\n  - url: not a url\n");

        var run = await CliRun.RunAsync("stats", "--config", config, "--data", _data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Watchdog:Pipeline:Concurrency", run.Error, StringComparison.Ordinal);
        Assert.Contains("Watchdog:Sources:0:Url", run.Error, StringComparison.Ordinal);
    }
}
