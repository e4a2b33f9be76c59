using Watchdog.Core.Articles;

namespace Watchdog.Extract.Tests.Classification;

public class PageKindTests
{
    [Theory]
    [InlineData("ru-article-utf8.html", "https://gorod.example/news/remont-shkol/")]
    [InlineData("kk-article-utf8.html", "https://qala.example/jangalyqtar/mektep/")]
    [InlineData("en-article-utf8-bom.html", "https://citynews.example/local/school-repairs")]
    public void Article_pages_are_articles(string fixture, string url)
    {
        Assert.Equal(PageKind.Article, Fixture.Extract(fixture, url).Kind);
    }

    [Fact]
    public void A_list_of_headline_links_is_an_index()
    {
        Assert.Equal(PageKind.Index, Fixture.Extract("index-page.html", "https://citynews.example/local/").Kind);
    }

    [Fact]
    public void A_tag_listing_is_a_tag_page()
    {
        Assert.Equal(PageKind.Tag, Fixture.Extract("tag-page.html", "https://citynews.example/tag/schools/").Kind);
    }

    [Fact]
    public void A_search_results_page_is_a_search_page()
    {
        Assert.Equal(PageKind.Search, Fixture.Extract("search-page.html", "https://citynews.example/search?q=school").Kind);
    }

    [Fact]
    public void A_not_found_page_is_an_error_page()
    {
        Assert.Equal(PageKind.Error, Fixture.Extract("error-page.html", "https://gorod.example/news/deleted/").Kind);
    }
}
