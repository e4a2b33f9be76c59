using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Tests.Support;

namespace Watchdog.Analysis.Tests.Languages;

/// <summary>Headlines are the texts Watchdog most often has to judge with few words (Fixtures/Languages/news-titles.tsv).</summary>
public class NewsTitleTests
{
    public static TheoryData<string, string> Titles => FixtureTable.Pairs("Languages/news-titles.tsv");

    [Theory]
    [MemberData(nameof(Titles))]
    public void Detects_the_language_of_a_news_title(string title, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Default.Detect(title));
    }
}
