using Watchdog.Analysis.Morphology.Names;
using Watchdog.Analysis.Text;
using Watchdog.Analysis.Stories.Anchors;
using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Tests.Stories;

public class SharedAnchorsTests
{
    [Theory]
    [InlineData("Токаев", "ru", "Tokayev", "en")]
    [InlineData("Тоқаевтың", "kk", "Токаева", "ru")]
    [InlineData("Костанайской", "ru", "Kostanay", "en")]
    [InlineData("Қостанай", "kk", "Костанай", "ru")]
    [InlineData("Жақсылықов", "kk", "Zhaksylykov", "en")]
    [InlineData("Баймұханов", "kk", "Baimukhanov", "en")]
    public void One_name_in_two_scripts_and_forms_has_one_key(string first, string firstLanguage, string second, string secondLanguage) =>
        Assert.Equal(Key(first, firstLanguage), Key(second, secondLanguage));

    [Theory]
    [InlineData("Костанай", "Кордай")]
    [InlineData("Алматы", "Алмалинский")]
    [InlineData("Шымкент", "Экибастуз")]
    public void Different_names_have_different_keys(string first, string second) => Assert.NotEqual(Key(first, "ru"), Key(second, "ru"));

    [Fact]
    public void Names_numbers_and_months_are_anchors_but_sentence_starts_and_abbreviations_are_not()
    {
        var anchors = SharedAnchors.Of("Суд в Алматы 12 ноября оштрафовал ДЧС на 40 млн тенге. Вчера суд заседал.").ToList();

        Assert.Contains("n:" + Key("Алматы", "ru"), anchors);
        Assert.Contains("#12", anchors);
        Assert.Contains("#40", anchors);
        Assert.Contains("m:11", anchors);
        Assert.DoesNotContain("n:" + Key("Суд", "ru"), anchors);
        Assert.DoesNotContain("n:" + Key("Вчера", "ru"), anchors);
        Assert.Equal(4, anchors.Count);
    }

    [Fact]
    public void The_same_date_reads_alike_in_three_languages()
    {
        Assert.Equal(["#12", "m:11"], SharedAnchors.Of("состоялось 12 ноября"));
        Assert.Equal(["#12", "m:11"], SharedAnchors.Of("болды 12 қарашада"));
        Assert.Equal(["#12", "m:11"], SharedAnchors.Of("held on 12 November"));
    }

    [Fact]
    public void A_restored_story_takes_new_articles_and_new_ids_continue_after_it()
    {
        var at = new DateTimeOffset(2026, 4, 8, 9, 0, 0, TimeSpan.Zero);
        var clusterer = new StoryClusterer(firstStoryId: 1);
        clusterer.Restore(new StoryArticle(1, at, "ru", "Паводок в Костанайской области: эвакуированы 340 жителей села Заречное",
            "Вода реки Тобол подтопила село Заречное, эвакуированы 340 человек, подтоплены 120 домов."), 41);

        var same = clusterer.Add(new StoryArticle(2, at.AddHours(2), "ru", "В Заречном под водой 120 домов, эвакуированы 340 человек",
            "Ледовый затор на Тоболе подтопил село Заречное под Костанаем, из зоны подтопления вывезли 340 жителей."));
        var other = clusterer.Add(new StoryArticle(3, at.AddHours(3), "ru", "В Алматы открыли новые станции метро",
            "Станции метро Сайран и Калкаман приняли первых пассажиров, линия продлена на запад города."));

        Assert.Equal(41, same.StoryId);
        Assert.Equal(42, other.StoryId);
    }

    private static string? Key(string word, string language) => NameSkeleton.Of(NameNormalizer.Normalize(WordNormalizer.Normalize(word)));
}
