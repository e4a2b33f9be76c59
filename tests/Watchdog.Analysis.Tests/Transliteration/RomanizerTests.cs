using Watchdog.Analysis.Tests.Support;
using Watchdog.Analysis.Transliteration;

namespace Watchdog.Analysis.Tests.Transliteration;

public class RomanizerTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in FixtureTable.Read("Transliteration/romanization.tsv")) data.Add(row[0], row[1], row[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Romanizes_by_the_named_scheme(string scheme, string cyrillic, string expected)
    {
        var chosen = RomanizationSchemes.All.Single(candidate => candidate.Name == scheme);
        Assert.Equal(expected, Romanizer.ToLatin(cyrillic, chosen));
    }

    [Fact]
    public void Keeps_all_caps_words_in_capitals()
    {
        Assert.Equal("ZHANNA", Romanizer.ToLatin("ЖАННА", RomanizationSchemes.BgnPcgn));
    }

    [Fact]
    public void Leaves_non_cyrillic_characters_as_they_are()
    {
        Assert.Equal("Putin, 2024!", Romanizer.ToLatin("Путин, 2024!", RomanizationSchemes.Press));
    }
}
