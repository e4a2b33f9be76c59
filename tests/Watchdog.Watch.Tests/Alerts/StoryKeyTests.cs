using Watchdog.Watch.Alerts;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.Watch.Tests.Alerts;

public class StoryKeyTests
{
    private static readonly SuffixStrippingNormalizer Normalizer = new();

    [Fact]
    public void Same_story_in_other_words_order_and_case_gets_the_same_key() =>
        Assert.Equal(
            StoryKey.For("Цены на нефть выросли в Алматы", "", "ru", Normalizer),
            StoryKey.For("В Алматы выросли цены на нефть!", "", "ru", Normalizer));

    [Fact]
    public void Inflected_title_words_share_the_key() =>
        Assert.Equal(
            StoryKey.For("Министр посетил университет", "", "ru", Normalizer),
            StoryKey.For("Министра посетил университета", "", "ru", Normalizer));

    [Fact]
    public void Different_stories_get_different_keys() =>
        Assert.NotEqual(
            StoryKey.For("Цены на нефть выросли", "", "ru", Normalizer),
            StoryKey.For("Министр посетил университет", "", "ru", Normalizer));

    [Fact]
    public void Short_title_is_told_apart_by_its_text() =>
        Assert.NotEqual(
            StoryKey.For("Новости", "Министр посетил университет в среду", "ru", Normalizer),
            StoryKey.For("Новости", "Цены на нефть выросли к вечеру", "ru", Normalizer));
}
