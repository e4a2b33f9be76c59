using Watchdog.Analysis.Entities;

namespace Watchdog.Analysis.Tests.Entities;

/// <summary>The extractor with the shipped models: spans cleaned into names, garbage dropped, one key per name.</summary>
public class EntityExtractorTests
{
    private static List<(EntityKind Kind, string Surface)> Found(string text, string language) =>
        [.. EntityExtractor.Extract(text, language).Select(m => (m.Kind, m.Surface))];

    private static string KeyOf(string text, string language, string surface) =>
        EntityExtractor.Extract(text, language).First(m => m.Surface == surface).Key;

    [Fact]
    public void A_title_before_a_person_is_left_out_of_the_name() =>
        Assert.Contains((EntityKind.Person, "Токаев"), Found("Министр Токаев заявил, что ТОО «Казахтелеком» снизит тарифы в Караганде.", "ru"));

    [Fact]
    public void A_legal_form_and_quotes_are_left_out_of_an_organisation() =>
        Assert.Contains((EntityKind.Organization, "Казахтелеком"), Found("Министр Токаев заявил, что ТОО «Казахтелеком» снизит тарифы в Караганде.", "ru"));

    [Fact]
    public void An_inflected_place_is_a_location_keyed_by_the_gazetteer() =>
        Assert.Equal("karaganda", KeyOf("Министр Токаев заявил, что ТОО «Казахтелеком» снизит тарифы в Караганде.", "ru", "Караганде"));

    [Theory]
    [InlineData("По данным фонда, курс EUR и USD вырос на 2 %.", "ru")]
    [InlineData("По словам руководителя управления, курс USD к KZT не изменится.", "ru")]
    [InlineData("The EUR rose against the USD, C said.", "en")]
    [InlineData("Курс валют: USD 512,40 · EUR 538,15 · Погода в Алматы: -3 °C, снег", "ru")]
    public void Currency_codes_and_phrases_without_a_name_are_no_entities(string text, string language) =>
        Assert.DoesNotContain(Found(text, language), f => f.Surface is "EUR" or "USD" or "KZT" or "C" or "Погода" || f.Surface.StartsWith("По ", StringComparison.Ordinal));

    [Fact]
    public void A_common_word_sharing_a_short_stem_with_a_place_is_no_place() =>
        Assert.DoesNotContain(Found("Данные опубликовал городской акимат Алматы.", "ru"), f => f.Surface == "Данные");

    [Theory]
    [InlineData("University officials said the fees will rise.", "en")]
    [InlineData("Компания сообщила о росте тарифов в Алматы.", "ru")]
    [InlineData("Russian officials visited Almaty in May.", "en")]
    public void A_generic_word_or_demonym_alone_is_no_entity(string text, string language) =>
        Assert.DoesNotContain(Found(text, language), f => f.Surface is "University" or "Компания" or "Russian" or "May");

    [Fact]
    public void A_lower_case_word_alone_is_never_a_person() =>
        Assert.DoesNotContain(Found("Работы ведутся у городского акимата и вдоль городского парка.", "ru"), f => f.Kind == EntityKind.Person);

    [Fact]
    public void Russian_and_kazakh_inflections_and_english_spelling_of_one_surname_share_a_key()
    {
        var keys = new[]
        {
            KeyOf("Об этом заявил Токаев.", "ru", "Токаев"),
            KeyOf("Слова Токаева обсудили в Астане.", "ru", "Токаева"),
            KeyOf("Аким сообщил Токаеву о тарифах.", "ru", "Токаеву"),
            KeyOf("President Tokayev visited Astana on Monday.", "en", "Tokayev"),
        };
        Assert.All(keys, key => Assert.Equal("tokaev", key));
    }

    [Fact]
    public void Surname_alone_takes_the_key_of_the_full_name_in_the_same_text()
    {
        var mentions = EntityExtractor.Extract("Kassym-Jomart Tokayev arrived in Astana. Tokayev met the governor.", "en");

        Assert.Single(mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Key).Distinct());
    }

    [Fact]
    public void Empty_text_has_no_entities() => Assert.Empty(EntityExtractor.Extract("", "ru"));

    [Fact]
    public void A_language_without_a_model_has_no_entities() => Assert.Empty(EntityExtractor.Extract("Angela Merkel besuchte Berlin.", "de"));
}
