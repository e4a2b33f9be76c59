using Watchdog.Analysis.Morphology.Kazakh;
using Watchdog.Analysis.Tests.Support;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Morphology;

public class KazakhStemmerTests
{
    public static TheoryData<string, string> Stems => FixtureTable.Pairs("Morphology/kazakh-stems.tsv");

    [Theory]
    [MemberData(nameof(Stems))]
    public void Strips_inflection_down_to_the_expected_key(string surface, string expected)
    {
        Assert.Equal(expected, KazakhStemmer.Stem(WordNormalizer.Normalize(surface)));
    }

    [Fact]
    public void Leaves_latin_words_alone()
    {
        Assert.Equal("almatyda", KazakhStemmer.Stem("almatyda"));
    }

    [Fact]
    public void Never_leaves_a_stem_shorter_than_the_minimum()
    {
        // -да after a vowel is a valid locative, but "а" alone is not a root.
        Assert.Equal("ада", KazakhStemmer.Stem("ада"));
    }

    [Fact]
    public void Rejects_a_suffix_of_the_wrong_harmony_series()
    {
        // -де is the front-vowel locative; after back-vowel қала only -да is Kazakh.
        Assert.Equal("қалаге", KazakhStemmer.Stem("қалаге"));
    }

    [Fact]
    public void Rejects_a_suffix_variant_the_stem_ending_does_not_select()
    {
        // -та follows voiceless consonants; after a vowel the locative is -да, so ата is a root.
        Assert.Equal("ата", KazakhStemmer.Stem("ата"));
    }

    [Fact]
    public void Strips_at_most_one_case_ending()
    {
        // қаладан = қала + дан; a second case ending is not stripped from what remains.
        Assert.Equal("қалада", KazakhStemmer.StripCase("қаладада"));
    }
}
