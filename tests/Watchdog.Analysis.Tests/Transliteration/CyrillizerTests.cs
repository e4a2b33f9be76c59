using Watchdog.Analysis.Tests.Support;
using Watchdog.Analysis.Transliteration;

namespace Watchdog.Analysis.Tests.Transliteration;

public class CyrillizerTests
{
    public static TheoryData<string, string> Cases => FixtureTable.Pairs("Transliteration/cyrillization.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_a_latin_name_in_cyrillic(string latin, string expected)
    {
        Assert.Equal(expected, Cyrillizer.ToCyrillic(latin));
    }

    [Theory]
    [InlineData("Toqaev", true)]
    [InlineData("Tokayev", false)]
    public void Recognises_the_kazakh_latin_alphabet_by_its_own_letters(string text, bool expected)
    {
        Assert.Equal(expected, Cyrillizer.LooksKazakhLatin(text));
    }
}
