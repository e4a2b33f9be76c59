namespace Watchdog.Extract.Tests.Decoding;

public class EncodingTests
{
    private const string FirstWords = "Городской совет утвердил программу ремонта школ";

    [Fact]
    public void Windows_1251_declared_in_meta_is_decoded()
    {
        var article = Fixture.Extract("ru-article-windows-1251.html", contentType: "text/html");

        Assert.StartsWith(FirstWords, article.Text, StringComparison.Ordinal);
        Assert.Equal("Совет утвердил ремонт школ", article.Title);
    }

    [Fact]
    public void Koi8_r_declared_in_meta_is_decoded()
    {
        var article = Fixture.Extract("ru-article-koi8-r.html", contentType: null);

        Assert.StartsWith(FirstWords, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_without_bom_is_decoded()
    {
        var article = Fixture.Extract("ru-article-utf8.html", contentType: "text/html; charset=utf-8");

        Assert.StartsWith(FirstWords, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_with_bom_is_decoded_and_the_bom_does_not_leak_into_the_text()
    {
        var article = Fixture.Extract("en-article-utf8-bom.html", contentType: null);

        Assert.StartsWith("The city council approved", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', article.Text);
    }
}
