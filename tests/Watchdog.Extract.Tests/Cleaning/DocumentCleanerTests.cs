using AngleSharp.Dom;
using Watchdog.Extract.Cleaning;
using Watchdog.Extract.Parsing;

namespace Watchdog.Extract.Tests.Cleaning;

public class DocumentCleanerTests
{
    private const string Prose = "A paragraph of ordinary article prose, long enough that it is not the page's furniture by share.";

    private static IElement Cleaned(string html)
    {
        var body = PageParser.Parse($"<html><body>{html}<p>{Prose}</p><p>{Prose}</p><p>{Prose}</p></body></html>").Body!;
        DocumentCleaner.Clean(body);
        return body;
    }

    [Theory]
    [InlineData("<div style='display:none'>gone</div>")]
    [InlineData("<div style='DISPLAY : None ;'>gone</div>")]
    [InlineData("<div style='color:red; visibility: hidden'>gone</div>")]
    [InlineData("<div hidden>gone</div>")]
    [InlineData("<div aria-hidden=TRUE>gone</div>")]
    public void Hidden_elements_are_removed(string hidden) =>
        Assert.DoesNotContain("gone", Cleaned(hidden).TextContent, StringComparison.Ordinal);

    [Theory]
    [InlineData("<div style='display:block'>kept</div>")]
    [InlineData("<div style='display:non'>kept</div>")]
    [InlineData("<div aria-hidden=false>kept</div>")]
    public void Visible_elements_stay(string visible) =>
        Assert.Contains("kept", Cleaned(visible).TextContent, StringComparison.Ordinal);

    [Theory]
    [InlineData("<div class='share-bar'>gone</div>")]
    [InlineData("<div id='comments'>gone</div>")]
    [InlineData("<div class='x' id='newsletter-box'>gone</div>")]
    public void Furniture_named_by_class_or_id_is_removed(string furniture) =>
        Assert.DoesNotContain("gone", Cleaned(furniture).TextContent, StringComparison.Ordinal);

    [Fact]
    public void A_content_word_in_the_id_saves_an_element_with_a_furniture_class()
    {
        Assert.Contains("kept", Cleaned("<div class='social' id='article-text'>kept</div>").TextContent, StringComparison.Ordinal);
    }
}
