using System.Xml.Linq;
using Watchdog.Reports.Documents;

namespace Watchdog.Reports.Tests.Documents;

public class SvgEmbedderTests
{
    [Fact]
    public void Fixed_size_becomes_a_view_box()
    {
        var svg = XElement.Parse(SvgEmbedder.Embed("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"300\"><rect/></svg>")!);
        Assert.Equal("0 0 800 300", (string?)svg.Attribute("viewBox"));
        Assert.Null(svg.Attribute("width"));
    }

    [Fact]
    public void Scripts_and_event_attributes_are_removed()
    {
        var embedded = SvgEmbedder.Embed("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"><script>x()</script><rect onclick=\"y()\"/></svg>")!;
        Assert.DoesNotContain("script", embedded);
        Assert.DoesNotContain("onload", embedded);
        Assert.DoesNotContain("onclick", embedded);
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<html><body/></html>")]
    public void Anything_but_an_svg_document_gives_null(string text)
    {
        Assert.Null(SvgEmbedder.Embed(text));
    }
}
