using Watchdog.Analysis.Entities;

namespace Watchdog.Analysis.Tests.Entities;

public class EntityKeysTests
{
    [Theory]
    [InlineData("Токаев", "ru")]
    [InlineData("Токаева", "ru")]
    [InlineData("Токаеву", "ru")]
    [InlineData("Тоқаев", "kk")]
    [InlineData("Тоқаевтың", "kk")]
    [InlineData("Тоқаевқа", "kk")]
    [InlineData("Tokayev", "en")]
    [InlineData("Tokaev", "en")]
    [InlineData("Toqaev", "kk")]
    public void One_surname_in_any_case_script_or_romanisation_has_one_key(string surname, string language) =>
        Assert.Equal("tokaev", EntityKeys.Person([surname], language));

    [Theory]
    [InlineData("Назарбаеву", "Nazarbayev")]
    [InlineData("Есімовке", "Есимов")]
    [InlineData("Төлегенова", "Тулегенова")]
    [InlineData("Достоевский", "Dostoyevskiy")]
    [InlineData("Нұрсұлтан", "Nursultan")]
    public void Spellings_of_one_name_word_meet(string one, string other) =>
        Assert.Equal(EntityKeys.Person([other], "ru"), EntityKeys.Person([one], "kk"));

    [Fact]
    public void A_full_name_keys_on_first_initial_and_surname_across_scripts()
    {
        Assert.Equal("k tokaev", EntityKeys.Person(["Касым-Жомарт", "Токаев"], "ru"));
        Assert.Equal("k tokaev", EntityKeys.Person(["Қасым-Жомарт", "Тоқаевтың"], "kk"));
        Assert.Equal("k tokaev", EntityKeys.Person(["Kassym-Jomart", "Tokayev"], "en"));
    }

    [Fact]
    public void Russian_order_surname_first_and_a_patronymic_key_the_same_person() =>
        Assert.Equal(EntityKeys.Person(["Касым-Жомарт", "Токаев"], "ru"), EntityKeys.Person(["Токаев", "Касым-Жомарт", "Кемелевич"], "ru"));

    [Fact]
    public void Two_people_of_one_family_keep_apart() =>
        Assert.NotEqual(EntityKeys.Person(["Нурсултан", "Назарбаев"], "ru"), EntityKeys.Person(["Дарига", "Назарбаева"], "ru"));

    [Fact]
    public void A_surname_is_not_cut_down_to_the_first_name_it_is_built_on() =>
        Assert.NotEqual(EntityKeys.Person(["Ахмет"], "ru"), EntityKeys.Person(["Ахметов"], "ru"));

    [Theory]
    [InlineData("Токаев", true)]
    [InlineData("Бауыржан Есімов", true)]
    [InlineData("Бауыржан Есімовке", false)]
    [InlineData("Тоқаевтың", false)]
    [InlineData("Токаеву", false)]
    [InlineData("Тулегенова", false)]
    public void A_person_name_with_a_case_ending_is_no_base_form(string surface, bool isBase) =>
        Assert.Equal(isBase, EntityKeys.IsBaseForm(EntityKind.Person, surface));

    [Theory]
    [InlineData("Бауыржан Есімовке", "Бауыржан Есімов")]
    [InlineData("Тулегеноваға", "Тулегенова")]
    [InlineData("Назарбаевой", "Назарбаевой")]
    [InlineData("Анна Иванова", "Анна Иванова")]
    public void A_person_shown_without_kazakh_case_endings_but_with_russian_declension_kept(string surface, string shown) =>
        Assert.Equal(shown, EntityKeys.PersonBaseForm(surface));

    [Fact]
    public void Latin_feminine_surnames_key_as_their_cyrillic_forms() =>
        Assert.Equal(EntityKeys.Person(["Мадина", "Серикова"], "ru"), EntityKeys.Person(["Madina", "Serikova"], "en"));

    [Fact]
    public void Place_spellings_in_three_languages_share_a_key() =>
        Assert.All(new[] { (["Алматыда"], "kk"), (["Алматы"], "ru"), (new[] { "Almaty" }, "en") },
            p => Assert.Equal("almaty", EntityKeys.Location(p.Item1, p.Item2)));

    [Fact]
    public void Inflected_organisation_names_share_a_key() =>
        Assert.Equal(EntityKeys.Organization(["Министерство", "юстиции"], "ru"), EntityKeys.Organization(["Министерства", "юстиции"], "ru"));

    [Fact]
    public void A_surname_alone_joins_the_one_full_name_with_that_surname_but_not_two()
    {
        var joined = PersonKeys.FullKeysBySurname(["tokaev", "k tokaev", "nazarbaev", "n nazarbaev", "d nazarbaev"]);

        Assert.Equal("k tokaev", joined["tokaev"]);
        Assert.False(joined.ContainsKey("nazarbaev"));
    }
}
