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
    [InlineData("Назарбаев", "назарбаев")]
    [InlineData("Ивановой", "иванов")]
    [InlineData("Соловьёвым", "соловьев")]
    [InlineData("Соловьёв", "соловьев")]
    [InlineData("Киеве", "киев")]
    public void Capitalised_ov_ev_words_are_keyed_by_their_nominative_as_written(string form, string nominative)
    {
        // Snowball stems Назарбаев to назарба but Назарбаеву to назарбаев; a capitalised word keeps its -ов/-ев.
        Assert.Equal(nominative, Normalizer.Normalize(form, "ru"));
    }

    [Theory]
    [InlineData("банков", "банк")]
    [InlineData("городов", "город")]
    public void Lower_case_ov_is_the_genitive_plural_ending(string plural, string singular)
    {
        Assert.Equal(Normalizer.Normalize(singular, "ru"), Normalizer.Normalize(plural, "ru"));
    }

    [Fact]
    public void A_query_word_written_capitalised_is_keyed_as_capitalised()
    {
        Assert.Equal(Normalizer.Stem("иванов", "ru", capitalised: true), Normalizer.Stem("Иванов", "ru"));
        Assert.NotEqual(Normalizer.Stem("иванов", "ru", capitalised: false), Normalizer.Stem("Иванов", "ru"));
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
