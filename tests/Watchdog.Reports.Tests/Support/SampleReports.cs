using Watchdog.Reports.Charts;
using Watchdog.Reports.Documents;

namespace Watchdog.Reports.Tests.Support;

/// <summary>A report shaped like a real weekly one: two sections, Cyrillic and Kazakh text, a chart, a hostile title.</summary>
public static class SampleReports
{
    public const string HostileTitle = "<script>alert('x')</script> Breaking & \"quoted\"";

    public static ReportDocument Weekly() => new(
        "Выборы и протесты: недельный обзор",
        new ReportPeriod(SampleCharts.FirstDay, SampleCharts.FirstDay.AddDays(14)),
        new DateTimeOffset(2025, 3, 15, 7, 30, 0, TimeSpan.Zero),
        "Coverage of the parliamentary election campaign and street protests in Kazakhstan, from the 48 monitored sources.",
        [Elections(), Protests()]);

    public static ReportSection Elections() => new(
        "Выборы в Мажилис",
        "выборы AND (мажилис OR парламент) lang:ru,kk",
        97,
        61,
        "Peak on 9 March, the day the candidate lists were published.",
        VolumeChart.RenderSvg(SampleCharts.TwoWatchlists() with { Title = "" }, 760, 270),
        [new("tengrinews.kz", 31), new("kursiv.media", 22), new("vlast.kz", 17), new("azattyq.org", 12)],
        [new("ru", 71), new("kk", 22), new("en", 4)],
        [
            new ReportStory("ЦИК опубликовал списки кандидатов", 24,
                ["ЦИК зарегистрировал 12 партийных списков", "Сайлау: партиялар тізімі жарияланды"],
                ["https://example.kz/news/1", "https://example.kz/kk/news/2"]),
            new ReportStory("Observers accredited", 9, ["OSCE mission opens in Astana"], ["https://example.org/osce"]),
        ],
        [
            new ReportArticle("Кандидаты в депутаты: кто идёт в Мажилис", "https://example.kz/a/1", "tengrinews.kz", SampleCharts.FirstDay.AddDays(8)),
            new ReportArticle(HostileTitle, "javascript:alert(1)", "evil.example", SampleCharts.FirstDay.AddDays(9)),
            new ReportArticle("Election day logistics", "https://example.org/a/3", "azattyq.org", null),
        ]);

    public static ReportSection Protests() => new(
        "Протесты",
        "протест* OR митинг*",
        23,
        null,
        null,
        null,
        [new("vlast.kz", 12)],
        [new("ru", 23)],
        [],
        []);
}
