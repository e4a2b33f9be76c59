using Watchdog.Analysis.Tests.Support;
using Watchdog.Analysis.Transliteration;

namespace Watchdog.Analysis.Tests.Transliteration;

public class NameVariantsTests
{
    public static TheoryData<string, string> Cases => FixtureTable.KeyWithEachItem("Transliteration/name-variants.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_name_has_its_spellings_in_both_scripts_and_the_common_romanisations(string name, string spelling)
    {
        Assert.Contains(spelling, NameVariants.Of(name));
    }

    [Fact]
    public void Spellings_leave_out_the_forms_added_for_search()
    {
        Assert.Contains("Өскеменде", NameVariants.Of("Oskemen"));
        Assert.DoesNotContain("Өскеменде", NameVariants.SpellingsOf("Oskemen"));
        Assert.Contains("Өскемен", NameVariants.SpellingsOf("Oskemen"));
    }

    [Theory]
    [InlineData("Kassym-Jomart Tokayev")]
    [InlineData("Қазақстан")]
    [InlineData("ab")]
    public void Aligned_spellings_are_as_many_as_there_are_routes_and_start_with_the_word(string word)
    {
        var aligned = NameVariants.Aligned(word);
        Assert.Equal(NameVariants.RouteCount, aligned.Count);
        Assert.Equal(word, aligned[0]);
    }

    [Theory]
    [InlineData("Токаев", "Тоқаев")]
    [InlineData("Казахстан", "Қазақстан")]
    [InlineData("Нурсултан", "Нұрсұлтан")]
    [InlineData("Оскемен", "Өскемен")]
    [InlineData("Кокшетау", "Көкшетау")]
    [InlineData("Туркистан", "Түркістан")]
    [InlineData("Есимов", "Есімов")]
    public void Russian_spelling_of_a_kazakh_name_is_given_kazakh_letters_by_vowel_harmony(string russian, string kazakh)
    {
        Assert.Equal(kazakh, KazakhRussianSpelling.ToKazakh(russian));
    }

    [Theory]
    [InlineData("Тоқаев", false, "Токаев")]
    [InlineData("Қазақстан", true, "Казахстан")]
    [InlineData("Ақтөбе", false, "Актобе")]
    public void Kazakh_spelling_is_written_the_russian_way(string kazakh, bool qAsKh, string russian)
    {
        Assert.Equal(russian, KazakhRussianSpelling.ToRussian(kazakh, qAsKh));
    }
}
