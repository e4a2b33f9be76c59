using Watchdog.Cli.CommandLine;
using Watchdog.Core.Articles;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Storage;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog tone` (one label a line) and the tone that `watchdog trends`, `stories` and `report` show in aggregate.</summary>
public sealed class ToneCliTests : IDisposable
{
    private static readonly DateTimeOffset Day0 = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-tone");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    [Fact]
    public async Task Tone_prints_one_label_a_line_and_keeps_empty_lines_in_step()
    {
        var input = WriteFile("lines.txt",
            "Volunteers were praised for their heroic efforts to rescue flood victims.",
            "",
            "The mayor was accused of fraud and lying to investigators.",
            "   ",
            "The committee will meet on Tuesday to discuss the budget.");

        var run = await CliRun.RunAsync("tone", "--lang", "en", "--input", input);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(["positive", "neutral", "negative", "neutral", "neutral"], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("ru", "Министра обвинили в коррупции и хищении бюджетных средств.", "negative")]
    [InlineData("kk", "Өте жақсы дүкен, сапасы тамаша, ұнады.", "positive")]
    public async Task Tone_reads_russian_and_kazakh(string language, string line, string expected)
    {
        var run = await CliRun.RunAsync("tone", "--lang", language, "--input", WriteFile($"{language}.txt", line));

        Assert.Equal(expected, run.Output.Trim());
    }

    [Fact]
    public async Task Tone_refuses_a_language_without_a_model()
    {
        var run = await CliRun.RunAsync("tone", "--lang", "de", "--input", WriteFile("de.txt", "Gut."));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("ru, kk, en", run.Error);
    }

    [Fact]
    public async Task Trends_give_the_share_of_each_tone_per_day_and_for_the_period()
    {
        await SeedAsync(
            ("Flood relief", Day0.AddHours(3), Tone.Positive),
            ("Flood blame", Day0.AddHours(5), Tone.Negative),
            ("Flood warning", Day0.AddHours(7), Tone.Negative),
            ("Flood archive", Day0.AddDays(1).AddHours(2), null),
            ("Flood update", Day0.AddDays(1).AddHours(4), Tone.Neutral));

        var run = await CliRun.RunAsync("trends", "flood", "--from", "2026-05-01", "--to", "2026-05-02", "--json", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var tone = run.Json.GetProperty("tone");
        Assert.Equal((1, 2, 1, 1), (tone.GetProperty("positive").GetInt32(), tone.GetProperty("negative").GetInt32(), tone.GetProperty("neutral").GetInt32(), tone.GetProperty("untagged").GetInt32()));
        Assert.Equal(0.5, tone.GetProperty("negativeShare").GetDouble());
        var days = run.Json.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("tone")).ToList();
        Assert.Equal([0.6667, 0], days.Select(d => d.GetProperty("negativeShare").GetDouble()));
        Assert.Equal(1, days[1].GetProperty("untagged").GetInt32());
    }

    [Fact]
    public async Task Trends_print_the_tone_of_the_period_as_shares()
    {
        await SeedAsync(("Flood relief", Day0.AddHours(3), Tone.Positive), ("Flood blame", Day0.AddHours(5), Tone.Negative));

        var run = await CliRun.RunAsync("trends", "flood", "--from", "2026-05-01", "--to", "2026-05-01", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("Tone: 50 % positive · 0 % neutral · 50 % negative (of 2 tagged)", run.Output);
    }

    [Fact]
    public async Task A_report_has_a_tone_section()
    {
        await SeedAsync(("Flood relief", Day0.AddHours(3), Tone.Positive));
        var file = Path.Combine(_data, "report.html");

        var run = await CliRun.RunAsync("report", "flood", "--from", "2026-05-01", "--to", "2026-05-02", "--out", file, "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("<h3>Tone</h3>", html);
        Assert.Contains("Whole period", html);
    }

    private async Task SeedAsync(params (string Title, DateTimeOffset Published, Tone? Tone)[] articles)
    {
        using var store = await EmbeddedStore.OpenAsync(_data);
        foreach (var (title, published, tone) in articles)
            await TestArticles.AddIndexedAsync(store, TestArticles.Make(title, $"{title}: the river flooded the district.", "en", published) with { Tone = tone });
    }

    private string WriteFile(string name, params string[] lines)
    {
        var path = Path.Combine(_data, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
