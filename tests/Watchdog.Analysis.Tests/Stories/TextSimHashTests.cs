using Watchdog.Analysis.Stories.Duplicates;
using Xunit.Abstractions;

namespace Watchdog.Analysis.Tests.Stories;

public class TextSimHashTests(ITestOutputHelper output)
{
    private const string WireStory =
        "Река Илек вышла из берегов после резкого потепления в Актюбинской области. Из села Жанаталап эвакуированы " +
        "320 жителей, подтоплены 85 домов. Спасатели МЧС работают круглосуточно, к ним присоединились военные и " +
        "добровольцы. Эвакуированных разместили в школе районного центра, где организовано горячее питание. " +
        "По данным гидрологов, уровень воды в реке может подняться ещё на полметра в ближайшие двое суток. " +
        "Аким области провёл экстренное совещание и поручил проверить состояние всех дамб на реке. " +
        "Жителям соседних сёл рекомендовано подготовить документы и запас продуктов на случай эвакуации.";

    // The same wire copy as a portal republishes it: its own intro and footer, two words edited, one dropped.
    private const string Republished =
        "АКТОБЕ. Наш корреспондент сообщает. " +
        "Река Илек вышла из берегов после резкого потепления в Актюбинской области. Из села Жанаталап эвакуированы " +
        "320 человек, подтоплены 85 домов. Спасатели МЧС работают круглосуточно, к ним присоединились военные и " +
        "волонтёры. Эвакуированных разместили в школе районного центра, где организовано питание. " +
        "По данным гидрологов, уровень воды в реке может подняться ещё на полметра в ближайшие двое суток. " +
        "Аким области провёл экстренное совещание и поручил проверить состояние всех дамб на реке. " +
        "Жителям соседних сёл рекомендовано подготовить документы и запас продуктов на случай эвакуации. " +
        "Подписывайтесь на наш канал в Telegram.";

    // Another report of the same flood, written independently: same names and numbers, different sentences.
    private const string SameEventOtherArticle =
        "В Актюбинской области продолжается паводок: Илек затопил окраины села Жанаталап. По словам акима района, " +
        "под водой оказались 85 дворов, а 320 сельчан вывезены в райцентр. На месте работают спасатели и военные, " +
        "которые укрепляют берег мешками с песком. Гидрологи прогнозируют подъём воды ещё на несколько дней, " +
        "поэтому власти просят жителей соседних посёлков быть готовыми к эвакуации.";

    [Fact]
    public void Republished_copy_with_new_intro_footer_and_edits_is_a_near_duplicate()
    {
        var distance = TextSimHash.Distance(TextSimHash.Compute(WireStory, "ru"), TextSimHash.Compute(Republished, "ru"));
        output.WriteLine($"distance {distance}");
        Assert.InRange(distance, 0, TextSimHash.NearDuplicateMaxDistance);
    }

    [Fact]
    public void Another_article_about_the_same_event_is_not_a_near_duplicate()
    {
        var original = TextSimHash.Compute(WireStory, "ru");
        var other = TextSimHash.Compute(SameEventOtherArticle, "ru");
        output.WriteLine($"distance {TextSimHash.Distance(original, other)}");
        Assert.False(TextSimHash.AreNearDuplicates(original, other), $"distance {TextSimHash.Distance(original, other)}");
    }

    [Fact]
    public void Inflected_forms_give_the_same_fingerprint()
    {
        Assert.Equal(TextSimHash.Compute("суд Казахстана вынес приговор", "ru"), TextSimHash.Compute("суд Казахстане вынес приговор", "ru"));
    }

    [Fact]
    public void Case_and_punctuation_do_not_change_the_fingerprint()
    {
        Assert.Equal(TextSimHash.Compute(WireStory, "ru"), TextSimHash.Compute(WireStory.ToUpperInvariant().Replace(",", " ;", StringComparison.Ordinal), "ru"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,.;  ")]
    public void A_text_without_words_has_fingerprint_zero(string text) => Assert.Equal(0UL, TextSimHash.Compute(text, "ru"));

    [Fact]
    public void A_text_shorter_than_a_shingle_still_gets_a_fingerprint() => Assert.NotEqual(0UL, TextSimHash.Compute("Паводок", "ru"));

    [Fact]
    public void Distance_counts_differing_bits() => Assert.Equal(3, TextSimHash.Distance(0b1011UL, 0b0110UL));
}
