using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Tests.Support;

namespace Watchdog.Analysis.Tests.Morphology;

public class NormalizerTests
{
    public static TheoryData<string, string, string> SharedKeys()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in FixtureTable.Read("Morphology/shared-keys.tsv"))
        {
            foreach (var form in row.Skip(2)) data.Add(row[0], row[1], form);
        }
        return data;
    }

    public static TheoryData<string, string, string> DistinctKeys()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in FixtureTable.Read("Morphology/distinct-keys.tsv")) data.Add(row[0], row[1], row[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(SharedKeys))]
    public void Inflected_forms_share_the_key_of_their_base_form(string language, string baseForm, string form)
    {
        Assert.Equal(Normalizer.Normalize(baseForm, language), Normalizer.Normalize(form, language));
    }

    [Theory]
    [MemberData(nameof(DistinctKeys))]
    public void Unrelated_words_keep_different_keys(string language, string word, string other)
    {
        Assert.NotEqual(Normalizer.Normalize(word, language), Normalizer.Normalize(other, language));
    }

    [Theory]
    [InlineData("Назарбаеву", "назарбаев")]
    [InlineData("Ивановой", "иванов")]
    [InlineData("островами", "остров")]
    [InlineData("Соловьёвым", "соловьев")]
    public void Russian_ov_ev_forms_get_the_snowball_key_of_the_word_ending_in_ov_ev(string form, string wordEndingInOvEv)
    {
        // Snowball stems Назарбаев to назарба but Назарбаеву to назарбаев; the nominative's key is the one kept.
        Assert.Equal(SnowballStemming.Russian(wordEndingInOvEv), Normalizer.Normalize(form, "ru"));
    }

    [Fact]
    public void Languages_without_a_stemmer_get_the_normalised_word()
    {
        Assert.Equal("häuser", Normalizer.Normalize("Häuser", "de"));
    }

    [Theory]
    [InlineData("Nazarbayev's", "nazarbayev")]
    [InlineData("banks'", "banks")]
    [InlineData("its", "its")]
    public void English_possessive_is_removed(string word, string expected)
    {
        Assert.Equal(expected, EnglishPossessive.Strip(word.ToLowerInvariant()));
    }
}
