using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Tests.Stories;

/// <summary>A story's label words: the commonest written form of each term, whichever form came first.</summary>
public class SurfaceFormsTests
{
    // The term's position in its story's centroid, and its stem.
    private const int Almaty = 3;
    private const string AlmatyStem = "алмат";

    [Fact]
    public void A_later_form_that_becomes_commoner_wins_over_the_first()
    {
        var forms = new SurfaceForms();
        forms.Add(Almaty, "алматы");
        forms.Add(Almaty, "алмате");
        forms.Add(Almaty, "алмате");

        Assert.Equal("алмате", forms.MostFrequent(Almaty, AlmatyStem));
    }

    [Fact]
    public void The_first_form_stays_while_it_is_the_commonest()
    {
        var forms = new SurfaceForms();
        forms.Add(Almaty, "алматы");
        forms.Add(Almaty, "алмате");
        forms.Add(Almaty, "алматы");

        Assert.Equal("алматы", forms.MostFrequent(Almaty, AlmatyStem));
    }

    [Theory]
    [InlineData("алматинский", "алматы", "алматы")]
    [InlineData("алматы", "алмата", "алмата")]
    public void Ties_go_to_the_shortest_form_then_ordinal_order(string first, string second, string expected)
    {
        var forms = new SurfaceForms();
        forms.Add(Almaty, first);
        forms.Add(Almaty, second);

        Assert.Equal(expected, forms.MostFrequent(Almaty, AlmatyStem));
    }

    [Fact]
    public void A_term_never_written_is_shown_as_its_stem()
    {
        var forms = new SurfaceForms();
        forms.Add(Almaty + 1, "алматы");

        Assert.Equal("алмат", new SurfaceForms().MostFrequent(Almaty, AlmatyStem));
        Assert.Equal("алмат", forms.MostFrequent(Almaty, AlmatyStem));
    }

    [Fact]
    public void Terms_at_different_positions_keep_their_own_forms()
    {
        var forms = new SurfaceForms();
        forms.Add(Almaty, "алматы");
        forms.Add(Almaty, "алмате");
        forms.Add(Almaty, "алмате");
        forms.Add(0, "астана");
        forms.Add(Almaty + 2, "шымкент");
        forms.Add(0, "астане");
        forms.Add(Almaty + 2, "шымкенте");
        forms.Add(Almaty + 2, "шымкенте");
        forms.Add(0, "астаной");
        forms.Add(0, "астане");

        Assert.Equal("алмате", forms.MostFrequent(Almaty, AlmatyStem));
        Assert.Equal("астане", forms.MostFrequent(0, "астан"));
        Assert.Equal("шымкенте", forms.MostFrequent(Almaty + 2, "шымкент"));
    }
}
