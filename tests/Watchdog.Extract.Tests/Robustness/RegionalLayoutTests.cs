namespace Watchdog.Extract.Tests.Robustness;

/// <summary>
/// Russian and Kazakh article pages in the shape of the region's common CMSs — 1C-Bitrix, WordPress,
/// DataLife Engine, Tilda, Joomla — with their furniture: menus, currency and weather bars, share
/// widgets, "Читайте также"/"Тағы оқыңыз" lists, comments (Fixtures/Regional, benchmark-shaped).
/// Hand-written alongside the rules, so the floors guard against regressions; they are not a measure
/// of quality on the open web (bench/ extraction reports these pages' F1 next to the benchmark's).
/// </summary>
public class RegionalLayoutTests
{
    private static readonly FixtureSet Set = new("Regional");

    private const double PageF1Floor = 0.95;

    private const double SetF1Floor = 0.98;

    // Furniture every one of these templates carries in both languages: none of it is article text.
    private static readonly string[] Furniture =
    [
        "USD", "512,40", "Telegram", "Ерлан", "Читайте также", "Тағы оқыңыз", "Похожие новости", "Ұқсас жаңалықтар",
        "Комментарии", "Пікірлер", "©", "Просмотров", "Қаралды", "Kaz-Info", "Made on Tilda",
    ];

    public static TheoryData<string> Pages() => Set.Ids();

    [Fact]
    public void Five_layouts_in_two_languages_are_covered()
    {
        var ids = Set.Report.Pages.Select(p => p.Id).ToList();

        foreach (var cms in new[] { "bitrix", "wordpress", "dle", "tilda", "joomla" })
        {
            Assert.Contains($"ru-{cms}", ids);
            Assert.Contains($"kk-{cms}", ids);
        }
    }

    [Fact]
    public void The_set_stays_at_or_above_its_floor() =>
        Assert.True(Set.Report.Summary.F1 >= SetF1Floor, Set.Report.FormatSummary());

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_page_gives_its_article_body_without_the_templates_furniture(string id)
    {
        var page = Set.Page(id);

        Assert.True(page.Score!.F1 >= PageF1Floor, $"{id}: F1 {page.Score.F1:F3}\n{page.PredictedBody}");
        foreach (var words in Furniture) Assert.False(page.PredictedBody.Contains(words, StringComparison.Ordinal), $"{id} carries \"{words}\":\n{page.PredictedBody}");
    }
}
