using System.Globalization;
using Watchdog.Analysis.Stories.Clustering;
using static Watchdog.Analysis.Tests.Stories.StoryArticles;

namespace Watchdog.Analysis.Tests.Stories;

public class StoryTermCompactionTests
{
    /// <summary>When the flood story starts, after notes from <see cref="Monday"/> on that close before it.</summary>
    private static readonly DateTimeOffset FloodDay = Monday.AddDays(9);

    /// <summary>Numbers in each filler note, all new: with their anchors, ≈ 20 terms no other article has.</summary>
    private const int NumbersPerNote = 10;

    /// <summary>A note of numbers and a surname that no other note has: a story of its own, all its terms new.</summary>
    private static StoryArticle Note(long id, DateTimeOffset at)
    {
        var numbers = Enumerable.Range(0, NumbersPerNote).Select(i => (1_000_000 + id * NumbersPerNote + i).ToString(CultureInfo.InvariantCulture));
        var surname = "Ж" + string.Concat(id.ToString(CultureInfo.InvariantCulture).Select(digit => "кабетуломиса"[digit - '0'])) + "ов";
        return new StoryArticle(id, at, "ru", "", string.Join(' ', numbers) + " " + surname);
    }

    [Fact]
    public void Weeks_of_articles_with_new_numbers_and_names_keep_the_term_table_bounded()
    {
        const int maxTerms = 5_000;
        // One article's terms can arrive before the table is compacted.
        const int oneArticle = 2 * NumbersPerNote + 4;
        var clusterer = new StoryClusterer(new StoryClusteringOptions { MaxTerms = maxTerms });
        var largest = 0;
        // Twelve weeks, a note every two hours: ≈ 20,000 distinct terms, four times the limit.
        for (var id = 1; id <= 12 * 7 * 12; id++)
        {
            clusterer.Add(Note(id, Monday.AddHours(2 * id)));
            largest = Math.Max(largest, clusterer.TermCount);
        }

        Assert.InRange(largest, maxTerms / 2, maxTerms + oneArticle);
        Assert.True(clusterer.TermCompactions >= 4, $"{clusterer.TermCompactions} compactions");
    }

    [Fact]
    public void An_article_after_compactions_joins_the_story_it_would_have_joined_without_them()
    {
        var compacting = new StoryClusterer(new StoryClusteringOptions { MaxTerms = 300 });
        var unbounded = new StoryClusterer();
        StoryAssignment Add(StoryClusterer clusterer, StoryArticle article) => clusterer.Add(article);

        var assignments = new[] { compacting, unbounded }.Select(clusterer =>
        {
            // Notes for days before the flood: their stories close, and forgetting their terms changes the flood's ids.
            for (var id = 3; id < 203; id++) Add(clusterer, Note(id, Monday.AddHours(id)));
            var flood = Add(clusterer, Flood(1, FloodDay));
            Add(clusterer, Court(2, FloodDay));
            for (var id = 203; id < 303; id++) Add(clusterer, Note(id, FloodDay.AddMinutes(10 * (id - 202))));
            var rewrite = Add(clusterer, FloodRewritten(303, FloodDay.AddDays(1)));
            return (Flood: flood.StoryId, Rewrite: rewrite, Story: clusterer.Find(flood.StoryId)!);
        }).ToList();

        Assert.True(compacting.TermCompactions > 0);
        Assert.True(unbounded.TermCount > 2_000, "the notes alone have 2,000 terms");
        var (withCompaction, without) = (assignments[0], assignments[1]);
        Assert.False(withCompaction.Rewrite.IsNewStory);
        Assert.Equal(without.Rewrite.StoryId, withCompaction.Rewrite.StoryId);
        Assert.Equal(withCompaction.Flood, withCompaction.Rewrite.StoryId);
        Assert.Equal([1L, 303L], withCompaction.Story.ArticleIds);
        Assert.Equal(without.Story.Label, withCompaction.Story.Label);
    }

    [Fact]
    public void Stories_restored_through_compactions_take_their_next_article()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions { MaxTerms = 300 });
        for (var id = 2; id < 202; id++) clusterer.Restore(Note(id, Monday.AddHours(id)), storyId: id + 40);
        clusterer.Restore(Flood(1, FloodDay), storyId: 40);
        for (var id = 202; id < 302; id++) clusterer.Restore(Note(id, FloodDay.AddMinutes(10 * (id - 201))), storyId: id + 40);
        clusterer.Restore(FloodRewritten(302, FloodDay.AddDays(1)), storyId: 40);

        var next = clusterer.Add(Flood(303, FloodDay.AddDays(1).AddHours(1)));
        var court = clusterer.Add(Court(304, FloodDay.AddDays(1).AddHours(2)));

        Assert.True(clusterer.TermCompactions > 0);
        Assert.Equal(40, next.StoryId);
        Assert.Equal([1L, 302L, 303L], clusterer.Find(40)!.ArticleIds);
        Assert.Equal(342, court.StoryId);
    }

    [Fact]
    public void The_term_limit_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StoryClusterer(new StoryClusteringOptions { MaxTerms = 0 }));
        Assert.Equal("MaxTerms", error.ParamName);
    }
}
