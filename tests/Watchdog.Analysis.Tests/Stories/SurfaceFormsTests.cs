using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Tests.Stories;

/// <summary>A story's label words: the commonest written form of each term, whichever form came first.</summary>
public class SurfaceFormsTests
{
    private static readonly Term Almaty = new("ru", "алмат");

    [Fact]
    public void A_later_form_that_becomes_commoner_wins_over_the_first()
    {
        var forms = new SurfaceForms();
        forms.Add([(Almaty, "алматы")]);
        forms.Add([(Almaty, "алмате"), (Almaty, "алмате")]);

        Assert.Equal("алмате", forms.MostFrequent(Almaty));
    }

    [Fact]
    public void The_first_form_stays_while_it_is_the_commonest()
    {
        var forms = new SurfaceForms();
        forms.Add([(Almaty, "алматы"), (Almaty, "алмате"), (Almaty, "алматы")]);

        Assert.Equal("алматы", forms.MostFrequent(Almaty));
    }

    [Theory]
    [InlineData("алматинский", "алматы", "алматы")]
    [InlineData("алматы", "алмата", "алмата")]
    public void Ties_go_to_the_shortest_form_then_ordinal_order(string first, string second, string expected)
    {
        var forms = new SurfaceForms();
        forms.Add([(Almaty, first), (Almaty, second)]);

        Assert.Equal(expected, forms.MostFrequent(Almaty));
    }

    [Fact]
    public void A_term_never_written_is_shown_as_its_stem()
    {
        Assert.Equal("алмат", new SurfaceForms().MostFrequent(Almaty));
    }
}
