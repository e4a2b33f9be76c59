using Watchdog.Reports.Charts;

namespace Watchdog.Reports.Tests.Charts;

public class ChartFontTests
{
    [Fact]
    public void The_first_installed_candidate_font_is_loaded_or_the_note_says_what_to_install()
    {
        var installed = ChartFont.Candidates.Select(c => c.Regular).FirstOrDefault(File.Exists);
        var font = ChartFont.Current;
        Assert.Equal(installed, font.FilePath);
        if (installed is null) Assert.Contains("fonts-dejavu-core", font.Note);
        else Assert.Equal(ChartFont.FamilyName, font.FamilyName);
    }
}
