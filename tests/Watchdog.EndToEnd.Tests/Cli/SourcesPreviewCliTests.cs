using Watchdog.EndToEnd.Tests.Support;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog sources preview FILE --kind K --json`, offline.</summary>
public sealed class SourcesPreviewCliTests
{
    [Fact]
    public async Task Saved_api_answer_prints_its_posts_as_json()
    {
        var run = await CliRun.RunAsync("sources", "preview", CliRun.Fixture("social_mastodon.json"), "--kind", "mastodon", "--json");

        Assert.Equal(0, run.ExitCode);
        var item = run.Json.GetProperty("items")[0];
        Assert.Equal("mastodon", run.Json.GetProperty("kind").GetString());
        Assert.Equal("1100", item.GetProperty("id").GetString());
        Assert.Equal("https://mastodon.example/@ops/1100", item.GetProperty("url").GetString());
        Assert.Equal("2026-11-30T10:00:00+00:00", item.GetProperty("publishedAt").GetString());
        Assert.Equal("ops@mastodon.example", item.GetProperty("author").GetString());
        Assert.Equal("Status page: all services restored.", item.GetProperty("text").GetString());
        Assert.Equal(3, item.GetProperty("engagement").GetProperty("likes").GetInt64());
    }

    [Fact]
    public async Task A_page_in_another_shape_fails_with_the_reason_and_no_items()
    {
        var run = await CliRun.RunAsync("sources", "preview", CliRun.Fixture("social_broken.html"), "--kind", "telegram", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(0, run.Json.GetProperty("count").GetInt32());
        Assert.Contains("not a Telegram channel preview", run.Error);
    }

    [Fact]
    public async Task A_file_without_kind_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("sources", "preview", CliRun.Fixture("social_mastodon.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--kind", run.Error);
    }
}
