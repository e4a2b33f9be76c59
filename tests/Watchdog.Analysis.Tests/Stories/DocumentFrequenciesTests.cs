using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Tests.Stories;

public class DocumentFrequenciesTests
{
    private static ArticleTerms Article(params string[] stems) =>
        new("ru", stems.ToDictionary(stem => new Term("ru", stem), _ => 1.0), []);

    /// <summary>Frequencies after articles with these stems: "common" in all, "twice" in two, the rest in one each.</summary>
    private static DocumentFrequencies Observed()
    {
        var frequencies = new DocumentFrequencies();
        foreach (var article in new[] { Article("common", "twice", "once"), Article("common", "twice", "held"), Article("common", "thrice"), Article("common", "thrice"), Article("common", "thrice") })
        {
            frequencies.Observe(article, frequencies.IdsOf(article));
        }
        return frequencies;
    }

    private static int Id(DocumentFrequencies frequencies, string stem) => frequencies.IdOf(new Term("ru", stem));

    private static bool[] Held(DocumentFrequencies frequencies, params string[] stems)
    {
        var held = new bool[frequencies.TermCount];
        foreach (var stem in stems) held[Id(frequencies, stem)] = true;
        return held;
    }

    [Fact]
    public void Compaction_keeps_held_terms_and_terms_seen_twice_with_their_weights_and_new_ids_in_order()
    {
        var frequencies = Observed();
        var before = new[] { "common", "twice", "held", "thrice" }.ToDictionary(stem => stem, stem => frequencies.InverseFrequency(new Term("ru", stem)));
        var spelling = frequencies.SharedSpelling(Id(frequencies, "held"), "Held");

        var newIds = frequencies.Compact(Held(frequencies, "held"), keep: 10);

        // Ids were common 0, twice 1, once 2, held 3, thrice 4.
        Assert.Equal([0, 1, -1, 2, 3], newIds);
        Assert.Equal(4, frequencies.TermCount);
        Assert.Equal(["common", "twice", "held", "thrice"], Enumerable.Range(0, 4).Select(id => frequencies.TermOf(id).Stem));
        Assert.All(before, pair => Assert.Equal(pair.Value, frequencies.InverseFrequency(new Term("ru", pair.Key))));
        Assert.Same(spelling, frequencies.SharedSpelling(2, new string("Held".AsSpan())));
    }

    [Fact]
    public void A_forgotten_term_met_again_counts_from_zero()
    {
        var frequencies = Observed();
        var seenOnce = frequencies.InverseFrequency(new Term("ru", "once"));

        frequencies.Compact(Held(frequencies), keep: 10);

        // Kept: common, twice and thrice; once and held, each in one article, go.
        Assert.Equal(3, frequencies.TermCount);
        var unseen = frequencies.InverseFrequency(new Term("ru", "once"));
        Assert.Equal(4, frequencies.TermCount);
        Assert.Equal(seenOnce + Math.Log(2), unseen, precision: 12);
    }

    [Fact]
    public void With_too_little_room_only_the_commonest_terms_stay_beside_the_held_ones()
    {
        var frequencies = Observed();

        // Room for two besides "once": common (5 articles) and thrice (3); twice (2) goes.
        var newIds = frequencies.Compact(Held(frequencies, "once"), keep: 3);

        Assert.Equal([0, -1, 1, -1, 2], newIds);
        Assert.Equal(["common", "once", "thrice"], Enumerable.Range(0, 3).Select(id => frequencies.TermOf(id).Stem));
    }

    [Fact]
    public void Terms_tied_at_the_limit_all_go()
    {
        var frequencies = Observed();
        var third = Article("twice");
        frequencies.Observe(third, frequencies.IdsOf(third));

        // Room for two: common (5 articles) stays; twice and thrice (3 each) tie for the second place, and neither takes it.
        var newIds = frequencies.Compact(Held(frequencies), keep: 2);

        Assert.Equal([0, -1, -1, -1, -1], newIds);
    }
}
