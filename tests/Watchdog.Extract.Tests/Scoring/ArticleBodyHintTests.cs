using AngleSharp.Html.Parser;
using Watchdog.Extract.Cleaning;
using Watchdog.Extract.Scoring;

namespace Watchdog.Extract.Tests.Scoring;

public class ArticleBodyHintTests
{
    private const string Declared = "The bridge over the river will close for repairs in May, the council said on Monday.";

    private const string Other = "Our readers have sent in hundreds of photographs of the spring floods this year.";

    private static BlockLayout Layout()
    {
        var document = new HtmlParser().ParseDocument($"<html><body><p>{Other}</p><p>{Declared}</p></body></html>");
        return BlockCollector.Collect(document.Body!, new HashSet<AngleSharp.Dom.IElement>(new ElementIdentity()));
    }

    [Fact]
    public void A_block_the_declared_body_contains_gains_weight_and_others_do_not()
    {
        var layout = Layout();
        var plain = BlockWeigher.Weigh(layout);

        var hinted = BlockWeigher.Weigh(layout, "Intro line. " + Declared.ToUpperInvariant().Replace(",", "", StringComparison.Ordinal) + " More text follows here to make the declared body long enough to be trusted as a hint at all, which takes two hundred characters.");

        Assert.Equal(plain[0], hinted[0]);
        Assert.True(hinted[1] > plain[1], $"{hinted[1]} should exceed {plain[1]}");
    }

    [Fact]
    public void A_declared_body_too_short_to_trust_changes_nothing()
    {
        var layout = Layout();

        Assert.Equal(BlockWeigher.Weigh(layout), BlockWeigher.Weigh(layout, Declared));
    }
}
