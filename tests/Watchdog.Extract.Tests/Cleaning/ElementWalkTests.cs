using AngleSharp.Dom;
using Watchdog.Extract.Cleaning;
using Watchdog.Extract.Parsing;

namespace Watchdog.Extract.Tests.Cleaning;

public class ElementWalkTests
{
    private static IElement Body(string html) => PageParser.Parse($"<html><body>{html}</body></html>").Body!;

    [Fact]
    public void Elements_are_visited_in_document_order()
    {
        var body = Body("<div id=a><p id=b><b id=c>x</b></p><p id=d></p></div><span id=e></span>");
        var visited = new List<string>();

        ElementWalk.Visit(body, element =>
        {
            visited.Add(element.Id!);
            return true;
        });

        Assert.Equal(["a", "b", "c", "d", "e"], visited);
    }

    [Fact]
    public void Removing_the_visited_element_moves_on_to_its_next_sibling_without_descending()
    {
        var body = Body("<p id=a><b id=in-a>x</b></p><p id=b></p><p id=c><b id=in-c>y</b></p><p id=d></p>");
        var visited = new List<string>();

        ElementWalk.Visit(body, element =>
        {
            visited.Add(element.Id!);
            if (element.Id is "a" or "c")
            {
                element.Remove();
                return false;
            }
            return true;
        });

        Assert.Equal(["a", "b", "c", "d"], visited);
        Assert.Equal(["b", "d"], body.Children.Select(e => e.Id));
    }

    [Fact]
    public void Not_descending_skips_the_subtree()
    {
        var body = Body("<div id=a><p id=skipped></p></div><div id=b><p id=c></p></div>");
        var visited = new List<string>();

        ElementWalk.Visit(body, element =>
        {
            visited.Add(element.Id!);
            return element.Id != "a";
        });

        Assert.Equal(["a", "b", "c"], visited);
    }

    [Fact]
    public void Text_length_is_the_length_of_the_text_content()
    {
        var body = Body("<div> one <b>two</b><!-- c --><p>three\n<i>four</i></p><br>five </div>");

        Assert.Equal(body.TextContent.Length, TextLength.Of(body));
        Assert.Equal(body.FirstElementChild!.TextContent.Length, TextLength.Of(body.FirstElementChild!));
    }
}
