using Watchdog.Analysis.Morphology.Names;
using Watchdog.Analysis.Tests.Support;

namespace Watchdog.Analysis.Tests.Names;

public class NameNormalizerTests
{
    public static TheoryData<string, string> Forms => FixtureTable.KeyWithEachItem("Names/name-forms.tsv");

    public static TheoryData<string, string> NonMatches => FixtureTable.KeyWithEachItem("Names/name-non-matches.tsv");

    [Theory]
    [MemberData(nameof(Forms))]
    public void Inflected_name_matches_the_name(string name, string form)
    {
        Assert.True(NameNormalizer.SameName(name, form), $"{form} → {NameNormalizer.Normalize(form)}, {name} → {NameNormalizer.Normalize(name)}");
    }

    [Theory]
    [MemberData(nameof(NonMatches))]
    public void Name_does_not_match_a_related_looking_word(string name, string word)
    {
        Assert.False(NameNormalizer.SameName(name, word), $"{word} and {name} both → {NameNormalizer.Normalize(name)}");
    }

    [Fact]
    public void Masculine_surname_key_is_its_nominative()
    {
        Assert.Equal("назарбаев", NameNormalizer.Normalize("Назарбаевым"));
    }
}
