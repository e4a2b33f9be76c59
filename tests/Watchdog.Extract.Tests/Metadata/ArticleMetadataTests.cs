using Watchdog.Core.Articles;

namespace Watchdog.Extract.Tests.Metadata;

public class ArticleMetadataTests
{
    private static readonly DateTimeOffset March12 = new(2024, 3, 12, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Russian_page_metadata_comes_from_meta_tags()
    {
        var article = Fixture.Extract("ru-article-utf8.html");

        Assert.Equal("Совет утвердил ремонт школ", article.Title);
        Assert.Equal(["Мария Иванова"], article.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 30, 0, TimeSpan.FromHours(5)), article.PublishedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 13, 10, 0, 0, TimeSpan.FromHours(5)), article.ModifiedAt);
        Assert.Equal("Городские новости", article.SiteName);
        Assert.Equal("ru", article.LanguageHint);
        Assert.Equal(new Uri("https://gorod.example/news/2024/remont-shkol/"), article.CanonicalUrl);
        Assert.Equal("https://news.example/images/school.jpg", article.ImageUrl);
        Assert.Equal("Программа ремонта школ на три года утверждена.", article.Description);
    }

    [Fact]
    public void Russian_page_body_keeps_the_paragraphs_and_drops_menus_share_bar_related_and_footer()
    {
        var article = Fixture.Extract("ru-article-utf8.html");

        Assert.StartsWith("Городской совет утвердил программу", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("до конца апреля.", article.Text, StringComparison.Ordinal);
        Assert.Equal(4, article.Text.Split("\n\n").Length);
        Assert.DoesNotContain("Читайте также", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Все права защищены", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", article.Text, StringComparison.Ordinal);
        Assert.Equal(PageKind.Article, article.Kind);
    }

    [Fact]
    public void Russian_visible_date_is_read_when_no_machine_date_is_given()
    {
        var article = Fixture.Extract("ru-article-windows-1251.html", "https://gorod.example/news/remont-shkol/");

        Assert.Equal(March12, article.PublishedAt);
        Assert.Null(article.ModifiedAt);
    }

    [Fact]
    public void Kazakh_page_has_title_without_site_byline_author_and_kazakh_visible_date()
    {
        var article = Fixture.Extract("kk-article-utf8.html", "https://qala.example/jangalyqtar/mektep/");

        Assert.Equal("Мәслихат мектептерді жөндеуді бекітті", article.Title);
        Assert.Equal(["Айгүл Сейітова"], article.Authors);
        Assert.Equal(March12, article.PublishedAt);
        Assert.Equal("kk", article.LanguageHint);
        Assert.Equal("Қала жаңалықтары", article.SiteName);
    }

    [Fact]
    public void Kazakh_page_body_leaves_out_comments()
    {
        var article = Fixture.Extract("kk-article-utf8.html");

        Assert.StartsWith("Қалалық мәслихат", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Пікірлер", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("рахмет", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_page_metadata_comes_from_json_ld_graph()
    {
        var article = Fixture.Extract("en-article-utf8-bom.html");

        Assert.Equal("Council approves school repairs", article.Title);
        Assert.Equal(["Jane Smith", "Tom Brown"], article.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 8, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 12, 15, 0, TimeSpan.Zero), article.ModifiedAt);
        Assert.Equal("City News", article.SiteName);
        Assert.Equal("en", article.LanguageHint);
        Assert.Equal("https://citynews.example/img/school.jpg", article.ImageUrl);
    }

    [Fact]
    public void English_page_body_keeps_subheadings_and_lists_in_order_and_drops_banners()
    {
        var article = Fixture.Extract("en-article-utf8-bom.html");

        var heading = article.Text.IndexOf("What happens next", StringComparison.Ordinal);
        var listItem = article.Text.IndexOf("- Sports halls in the second year.", StringComparison.Ordinal);
        Assert.InRange(heading, 1, int.MaxValue);
        Assert.True(listItem > heading);
        Assert.DoesNotContain("cookie", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("newsletter", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2>What happens next</h2>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<li>Roofs and heating in the first year.</li>", article.Html, StringComparison.Ordinal);
    }
}
