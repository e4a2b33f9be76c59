using System.Globalization;
using System.Text;

namespace Watchdog.Extract.Tests.Robustness;

public class ContinuationSiblingsTests
{
    private static readonly Uri Url = new("https://news.example/2024/03/story");

    // A "more stories" module heavy enough to outweigh the part of the story after it.
    private static string HeavyModule()
    {
        var module = new StringBuilder("<div class=\"inline-module\">");
        for (var i = 0; i < 8; i++)
        {
            module.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><h3><a href=\"/n/{i}\">Another headline number {i} about something else entirely</a></h3>")
                .Append("<p>A summary of that other story, long enough to read like prose and to weigh like it in a sum of weights.</p></div>");
        }
        for (var i = 0; i < 20; i++) module.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/l/{i}\">A linked headline of yet another story, number {i}</a></p>");
        return module.Append("</div>").ToString();
    }

    [Fact]
    public void The_story_continues_in_a_sibling_of_another_class_after_an_inline_module()
    {
        var html = $"""
            <html><body><div class="story"><h1>Bridge to reopen in May</h1>
            <div class="story-body"><p>The old bridge over the river will reopen to traffic in May after two years of repairs, the county said on Monday.</p>
            <p>Engineers replaced the deck and two of the piers, which had been weakened by floods in the winter before the work began.</p></div>
            {HeavyModule()}
            <div class="story-body-more"><p>Buses will return to the bridge a week after it reopens, once the new stops have been built on either side of it.</p>
            <p>The county said the total cost of the repairs came to eleven million pounds, a little under the budget set in the spring.</p></div>
            </div></body></html>
            """;

        var text = ArticleExtractor.Extract(html, Url).Text;

        Assert.Contains("Engineers replaced the deck", text, StringComparison.Ordinal);
        Assert.EndsWith("set in the spring.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another headline", text, StringComparison.Ordinal);
    }
}
