using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Storage;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog entities` over a store seeded with Kazakh and English reports, stored directly (untagged) and then tagged by `entities backfill`.</summary>
public sealed class EntitiesCliTests : IDisposable
{
    private static readonly DateTimeOffset Day0 = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _data = TestPaths.NewTempFolder("watchdog-cli-entities");

    public void Dispose() => TestPaths.DeleteQuietly(_data);

    private async Task SeedAsync()
    {
        using var store = await EmbeddedStore.OpenAsync(_data);
        await TestArticles.AddIndexedAsync(store, TestArticles.Make("Тоқаев Алматыға барды", "Президент Тоқаев Алматыда жаңа саябақты ашты.", "kk", Day0.AddHours(1)));
        await TestArticles.AddIndexedAsync(store, TestArticles.Make("Тоқаевтың сапары", "Президент Тоқаевтың Алматы сапары аяқталды.", "kk", Day0.AddHours(2)));
        await TestArticles.AddIndexedAsync(store, TestArticles.Make("Almaty park opens", "Journalist Jane Smith reported from Almaty.", "en", Day0.AddHours(3)));
    }

    private async Task SeedAndTagAsync()
    {
        await SeedAsync();
        var backfill = await CliRun.RunAsync("entities", "backfill", "--data", _data);
        Assert.True(backfill.ExitCode == ExitCodes.Ok, backfill.Error);
        Assert.Contains("3 articles tagged", backfill.Output);
    }

    [Fact]
    public async Task Articles_stored_before_tagging_are_reported_as_not_yet_tagged()
    {
        await SeedAsync();

        var run = await CliRun.RunAsync("entities", "--from", "2026-04-30", "--to", "2026-05-02", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("0 of 3 matching articles counted", run.Output);
        Assert.Contains("3 matching articles are not yet tagged", run.Output);
    }

    [Fact]
    public async Task Entities_count_a_place_across_languages_and_a_person_across_cases()
    {
        await SeedAndTagAsync();

        var run = await CliRun.RunAsync("entities", "", "--from", "2026-04-30", "--to", "2026-05-02", "--json", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var entities = run.Json.EnumerateArray().ToList();
        // One key for the Kazakh and the English spellings (the tagger misses "Алматы сапары" in the second Kazakh report).
        var almaty = Assert.Single(entities, e => e.GetProperty("key").GetString() == "almaty");
        var samples = almaty.GetProperty("sampleArticleIds").EnumerateArray().Select(i => i.GetInt64()).ToList();
        Assert.Contains(3L, samples);
        Assert.Contains(1L, samples);
        Assert.Equal("Almaty", almaty.GetProperty("name").GetString()); // the one base form (Алматыға, Алматыда are inflected)
        var tokayev = Assert.Single(entities, e => e.GetProperty("kind").GetString() == "person" && e.GetProperty("key").GetString() == "tokaev");
        Assert.Equal(2, tokayev.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Kind_keeps_only_people()
    {
        await SeedAndTagAsync();

        var run = await CliRun.RunAsync("entities", "--kind", "person", "--from", "2026-04-30", "--to", "2026-05-02", "--json", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.All(run.Json.EnumerateArray(), e => Assert.Equal("person", e.GetProperty("kind").GetString()));
        Assert.Contains(run.Json.EnumerateArray(), e => e.GetProperty("name").GetString() == "Jane Smith");
    }

    [Fact]
    public async Task Without_json_each_kind_is_a_table_of_names_and_counts()
    {
        await SeedAndTagAsync();

        var run = await CliRun.RunAsync("entities", "--from", "2026-04-30", "--to", "2026-05-02", "--data", _data);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("3 of 3 matching articles counted", run.Output);
        Assert.Contains("location", run.Output);
        Assert.Contains("Almaty", run.Output);
    }

    [Fact]
    public async Task An_unknown_kind_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("entities", "--kind", "animal", "--data", _data);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("person, organization or location", run.Error);
    }
}
