using Watchdog.Analysis.Entities;

namespace Watchdog.Analysis.Tests.Entities;

public class EntityExtractorTests
{
    private static List<(EntityKind Kind, string Surface)> Found(string text, string language) =>
        [.. EntityExtractor.Extract(text, language).Select(m => (m.Kind, m.Surface))];

    private static string KeyOf(string text, string language, string surface) =>
        EntityExtractor.Extract(text, language).Single(m => m.Surface == surface).Key;

    [Fact]
    public void Quoted_name_after_a_legal_form_is_an_organisation_without_the_form_or_quotes() =>
        Assert.Contains((EntityKind.Organization, "Казахтелеком"), Found("ТОО «Казахтелеком» снизило тарифы.", "ru"));

    [Fact]
    public void Quoted_speech_is_not_an_organisation() =>
        Assert.DoesNotContain(Found("Он сказал: «Мы продолжим работу над проектом», и ушёл.", "ru"), f => f.Kind == EntityKind.Organization);

    [Fact]
    public void Capitalised_words_with_an_organisation_word_are_an_organisation() =>
        Assert.Contains((EntityKind.Organization, "Kaspi Bank"), Found("Shares of Kaspi Bank rose on Monday.", "en"));

    [Fact]
    public void Kazakh_organisation_word_after_lower_case_words_joins_the_name() =>
        Assert.Contains((EntityKind.Organization, "Денсаулық сақтау министрлігі"), Found("Бүгін Денсаулық сақтау министрлігі хабарлады.", "kk"));

    [Fact]
    public void Acronym_is_an_organisation() =>
        Assert.Contains((EntityKind.Organization, "ОБСЕ"), Found("Наблюдатели ОБСЕ прибыли.", "ru"));

    [Fact]
    public void Title_marks_a_person_and_is_left_out_of_the_name() =>
        Assert.Contains((EntityKind.Person, "Скотт"), Found("Встречу провёл министр Скотт.", "ru"));

    [Fact]
    public void Initials_before_a_surname_make_a_person() =>
        Assert.Contains((EntityKind.Person, "И. О. Сергеев"), Found("И. О. Сергеев назначен директором.", "ru"));

    [Fact]
    public void Initials_after_a_surname_make_a_person() =>
        Assert.Contains((EntityKind.Person, "Сергеев И.О"), Found("Приказ подписал Сергеев И.О. вчера.", "ru"));

    [Fact]
    public void English_initial_and_surname_make_a_person() =>
        Assert.Contains((EntityKind.Person, "J. Smith"), Found("The report was written by J. Smith last year.", "en"));

    [Fact]
    public void First_name_makes_a_person() =>
        Assert.Contains((EntityKind.Person, "Айгүл Сәрсенова"), Found("Мақаланы Айгүл Сәрсенова жазды.", "kk"));

    [Fact]
    public void Patronymic_makes_a_person() =>
        Assert.Contains((EntityKind.Person, "Бахыт Серикович"), Found("Об этом сказал Бахыт Серикович на совещании.", "ru"));

    [Fact]
    public void Gazetteer_place_is_a_location_in_any_case() =>
        Assert.Equal([(EntityKind.Location, "Алматыда"), (EntityKind.Location, "Қарағандыға")], Found("Біз Алматыда тұрамыз, ертең Қарағандыға барамыз.", "kk"));

    [Fact]
    public void Place_next_to_a_name_in_one_run_is_split_off() =>
        Assert.Equal([(EntityKind.Location, "Астане"), (EntityKind.Person, "Токаев")], Found("В Астане Токаев провёл совещание.", "ru"));

    [Fact]
    public void Sentence_initial_capital_of_a_common_word_is_not_an_entity() =>
        Assert.Empty(Found("Вчера прошёл дождь. Сегодня светит солнце. Партия проиграла.", "ru"));

    [Fact]
    public void Sentence_initial_word_written_with_a_capital_elsewhere_is_kept() =>
        Assert.Contains((EntityKind.Person, "Досаев"), Found("Досаев открыл парк. Жители поблагодарили Досаева.", "ru"));

    [Fact]
    public void Russian_surname_inflections_share_a_key()
    {
        const string text = "Президент Токаев приехал. Встреча с Токаевым прошла, Токаеву подарили книгу, слова Токаева цитируют.";
        Assert.Single(EntityExtractor.Extract(text, "ru").Select(m => m.Key).Distinct());
    }

    [Fact]
    public void Kazakh_case_ending_on_a_surname_folds_to_the_russian_key() =>
        Assert.Equal(KeyOf("Президент Токаев приехал.", "ru", "Токаев"), KeyOf("Президент Тоқаевтың сапары басталды.", "kk", "Тоқаевтың"));

    [Fact]
    public void Place_spellings_in_three_languages_share_a_key() =>
        Assert.Equal(
            [KeyOf("Мы живём в Казахстане.", "ru", "Казахстане"), KeyOf("Біз Қазақстанның азаматымыз.", "kk", "Қазақстанның")],
            [KeyOf("We live in Kazakhstan.", "en", "Kazakhstan"), KeyOf("We live in Kazakhstan.", "en", "Kazakhstan")]);

    [Fact]
    public void Surname_alone_takes_the_key_of_the_full_name_in_the_same_text()
    {
        var mentions = EntityExtractor.Extract("President Kassym-Jomart Tokayev arrived. Later Tokayev spoke.", "en");
        Assert.Equal(2, mentions.Count(m => m.Kind == EntityKind.Person));
        Assert.Single(mentions.Select(m => m.Key).Distinct());
    }

    [Fact]
    public void Empty_text_has_no_entities() => Assert.Empty(EntityExtractor.Extract("", "ru"));

    [Fact]
    public void Unknown_language_is_read_without_stemming() =>
        Assert.Contains((EntityKind.Location, "Almaty"), Found("Wir fahren nach Almaty.", "de"));
}
