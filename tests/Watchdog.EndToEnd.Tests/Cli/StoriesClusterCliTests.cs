using System.Text.Json;
using Watchdog.Cli.CommandLine;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Cli;

/// <summary>`watchdog stories cluster`: JSON Lines of articles in, the story of each out, as ingest assigns them.</summary>
public sealed class StoriesClusterCliTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-cli-stories-cluster");

    public void Dispose() => TestPaths.DeleteQuietly(_folder);

    [Fact]
    public async Task A_russian_and_a_kazakh_report_of_one_event_get_one_story_and_another_event_its_own()
    {
        var input = Path.Combine(_folder, "articles.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            Line("ru-1", "ru", "2026-11-20T11:15:00+05:00", "На трассе Алматы – Бишкек опрокинулся автобус: трое погибших, 17 пострадавших",
                "Рано утром 20 ноября на 210-м километре трассы Алматы – Бишкек в Кордайском районе опрокинулся автобус, следовавший из Алматы в Тараз. Погибли три человека, 17 пассажиров доставлены в Кордайскую больницу. В автобусе находились 42 пассажира."),
            Line("kk-1", "kk", "2026-11-20T14:00:00+05:00", "Алматы – Бішкек тасжолында автобус аударылып, үш адам қаза тапты",
                "20 қарашада Алматы – Бішкек тасжолының 210-шақырымында Қордай ауданында Алматыдан Таразға бара жатқан автобус аударылды. 17 жолаушы жарақат алды. Автобуста 42 жолаушы болған."),
            Line(7, "ru", "2026-11-20T12:00:00+05:00", "Нацбанк повысил базовую ставку до 17,5%",
                "Национальный банк Казахстана повысил базовую ставку до 17,5% годовых. Председатель Нацбанка Тимур Жаксылыков объяснил решение ускорением инфляции до 12,4% в октябре."),
            "{not json",
        ]);

        var run = await CliRun.RunAsync("stories", "cluster", "--input", input);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("line 4", run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(["ru-1", "kk-1", "7"], lines.Select(l => l.GetProperty("id").ToString()));
        Assert.Equal(lines[0].GetProperty("story").GetInt32(), lines[1].GetProperty("story").GetInt32());
        Assert.NotEqual(lines[0].GetProperty("story").GetInt32(), lines[2].GetProperty("story").GetInt32());
    }

    private static string Line(object id, string lang, string date, string title, string text) =>
        JsonSerializer.Serialize(new { id, lang, date, title, text });
}
