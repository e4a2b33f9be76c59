using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>The watch commands of the `watchdog` CLI: detect-language, match, watchlists, queries and alerts.</summary>
public sealed class WatchCliTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-watch");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    [Fact]
    public async Task Detect_language_prints_one_code_per_line_and_und_when_there_is_nothing_to_go_on()
    {
        var input = WriteFile("lines.txt",
            "Президент провёл совещание с членами правительства в Кремле.",
            "Қазақстан Республикасының Президенті бүгін Астанада кеңес өткізді.",
            "The central bank left its base rate unchanged on Friday.",
            "12345 !!!",
            "xyz");

        var run = await CliRun.RunAsync("detect-language", "--input", input);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(["ru", "kk", "en", "und", "und"], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Match_finds_a_russian_surname_of_a_person_watchlist_in_the_dative_case()
    {
        // Names are matched as names through watchlist entries of kind person (see src/Watchdog.Query/README.md).
        var people = WriteFile("people.csv", "text,kind", "Назарбаев,person");
        var imported = await CliRun.RunAsync("watchlists", "import", "people", people, "--data", _data);
        Assert.True(imported.ExitCode == ExitCodes.Ok, imported.Error);
        var text = WriteFile("ru.txt", "Новости", "Письмо было направлено Назарбаеву в прошлом месяце.");

        var run = await CliRun.RunAsync("match", "--query", "@people", "--text-file", text, "--lang", "ru", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(run.Json.GetProperty("matched").GetBoolean());
        var words = run.Json.GetProperty("terms").EnumerateArray().SelectMany(t => t.GetProperty("matchedWords").EnumerateArray()).Select(w => w.GetString());
        Assert.Contains("Назарбаеву", words);
    }

    [Fact]
    public async Task Match_finds_a_kazakh_place_name_with_a_locative_ending()
    {
        var text = WriteFile("kk.txt", "Жаңалықтар", "Кеше Алматыда үлкен жиналыс өтті.");

        var run = await CliRun.RunAsync("match", "--query", "Алматы", "--text-file", text, "--lang", "kk", "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(run.Json.GetProperty("matched").GetBoolean());
        Assert.NotEmpty(run.Json.GetProperty("passages").EnumerateArray());
    }

    [Fact]
    public async Task Match_reports_no_match_when_the_text_lacks_the_term()
    {
        var text = WriteFile("other.txt", "Новости", "Правительство обсудило бюджет на следующий год.");

        var run = await CliRun.RunAsync("match", "--query", "Назарбаев", "--text-file", text, "--lang", "ru", "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.False(run.Json.GetProperty("matched").GetBoolean());
    }

    [Fact]
    public async Task Match_with_an_invalid_query_exits_with_the_usage_code_and_points_at_the_position()
    {
        var text = WriteFile("any.txt", "Title", "Body.");

        var run = await CliRun.RunAsync("match", "--query", "bank AND (rate", "--text-file", text, "--lang", "en");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("expected", run.Error, StringComparison.Ordinal);
        Assert.Contains("^", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_add_rejects_an_invalid_query_with_the_usage_code()
    {
        var run = await CliRun.RunAsync("queries", "add", "broken", "\"unclosed phrase", "--data", _data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("expected", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_list_json_shows_an_added_query_with_its_targets()
    {
        Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync("watchlists", "add", "banks", "--data", _data)).ExitCode); // @banks must exist
        var added = await CliRun.RunAsync("queries", "add", "banks", "\"central bank\" OR @banks", "--webhook", "http://127.0.0.1:9/hook", "--secret", "s3", "--digest", "hourly", "--data", _data);
        var list = await CliRun.RunAsync("queries", "list", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        var query = Assert.Single(list.Json.EnumerateArray());
        Assert.Equal("\"central bank\" OR @banks", query.GetProperty("queryText").GetString());
        Assert.Equal("http://127.0.0.1:9/hook", query.GetProperty("rule").GetProperty("targets")[0].GetProperty("address").GetString());
    }

    [Fact]
    public async Task Watchlist_import_keeps_good_rows_reports_bad_ones_and_exits_with_the_failure_code()
    {
        var csv = WriteFile("people.csv", "text,kind,language", "Назарбаев,person,ru", "Тоқаев,nonsense-kind,kk", "Алматы,place,kk");

        var run = await CliRun.RunAsync("watchlists", "import", "people", csv, "--data", _data);
        var list = await CliRun.RunAsync("watchlists", "list", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("row 3", run.Error, StringComparison.Ordinal);
        var watchlist = Assert.Single(list.Json.EnumerateArray());
        Assert.Equal(2, watchlist.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Alerts_list_json_on_a_fresh_store_is_an_empty_page()
    {
        var run = await CliRun.RunAsync("alerts", "list", "--unread", "--json", "--data", _data);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(0, run.Json.GetProperty("total").GetInt64());
    }

    private string WriteFile(string name, params string[] lines)
    {
        var path = Path.Combine(_data, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
