using Watchdog.Analysis.Stories.Clustering;
using Watchdog.Analysis.Text;
using static Watchdog.Analysis.Tests.Stories.StoryArticles;

namespace Watchdog.Analysis.Tests.Stories;

public class StoryClustererTests
{
    [Fact]
    public void Two_wordings_of_one_event_join_one_story()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Flood(1, Monday));
        var second = clusterer.Add(FloodRewritten(2, Monday.AddHours(3)));

        Assert.True(first.IsNewStory);
        Assert.False(second.IsNewStory);
        Assert.Equal(first.StoryId, second.StoryId);
    }

    [Fact]
    public void A_different_event_starts_a_new_story()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Flood(1, Monday));
        clusterer.Add(Court(2, Monday));
        var metro = clusterer.Add(Metro(3, Monday.AddHours(1)));

        Assert.True(metro.IsNewStory);
        Assert.Equal(3, clusterer.Stories().Count);
    }

    [Fact]
    public void An_article_beyond_the_window_starts_a_new_story()
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions { Window = TimeSpan.FromDays(3) });
        clusterer.Add(Flood(1, Monday));
        var late = clusterer.Add(FloodRewritten(2, Monday.AddDays(4)));

        Assert.True(late.IsNewStory);
    }

    [Fact]
    public void Label_has_three_to_five_words_as_written_in_the_articles()
    {
        var stories = StoryClusterer.Cluster([Flood(1, Monday), FloodRewritten(2, Monday.AddHours(2)), Court(3, Monday)]);
        var written = new[] { Flood(1, Monday), FloodRewritten(2, Monday) }
            .SelectMany(article => Tokenizer.Words(article.Title + " " + article.Text))
            .ToHashSet();

        var flood = stories.Single(story => story.ArticleIds.Contains(1));
        Assert.InRange(flood.Label.Count, 3, 5);
        Assert.All(flood.Label, word => Assert.Contains(word, written));
    }

    [Fact]
    public void Batch_stories_are_ordered_by_size_then_newest_last_article()
    {
        var stories = StoryClusterer.Cluster([Court(1, Monday), Flood(2, Monday), FloodRewritten(3, Monday.AddHours(1)), Metro(4, Monday.AddHours(5))]);

        Assert.Equal([[2L, 3L], [4L], [1L]], stories.Select(story => story.ArticleIds.ToArray()));
    }

    [Fact]
    public void Batch_result_does_not_depend_on_input_order()
    {
        StoryArticle[] articles = [Court(1, Monday), Flood(2, Monday), FloodRewritten(3, Monday.AddHours(1)), Metro(4, Monday.AddHours(5))];
        var forward = StoryClusterer.Cluster(articles);
        var backward = StoryClusterer.Cluster(articles.Reverse());

        Assert.Equal(forward.Select(story => story.ArticleIds.ToArray()), backward.Select(story => story.ArticleIds.ToArray()));
    }

    [Fact]
    public void Story_records_first_and_last_publication_and_languages()
    {
        var story = StoryClusterer.Cluster([FloodRewritten(2, Monday.AddHours(4)), Flood(1, Monday)]).Single();

        Assert.Equal((Monday, Monday.AddHours(4)), (story.FirstSeen, story.LastSeen));
        Assert.Equal(["ru"], story.Languages);
    }

    [Fact]
    public void Stories_since_leaves_out_stories_that_ended_earlier()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Court(1, Monday));
        clusterer.Add(Metro(2, Monday.AddDays(2)));

        Assert.Equal([2L], clusterer.Stories(Monday.AddDays(1)).SelectMany(story => story.ArticleIds));
    }

    [Fact]
    public void Forgotten_stories_are_gone_and_take_no_new_articles()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Flood(1, Monday));
        clusterer.ForgetBefore(Monday.AddHours(1));
        var again = clusterer.Add(FloodRewritten(2, Monday.AddHours(2)));

        Assert.True(again.IsNewStory);
        Assert.Equal([2L], clusterer.Stories().SelectMany(story => story.ArticleIds));
    }

    [Fact]
    public void Stories_that_ended_long_before_the_newest_article_keep_their_snapshot()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Flood(1, Monday));
        clusterer.Add(FloodRewritten(2, Monday.AddHours(1)));
        clusterer.Add(Metro(3, Monday + clusterer.ClosingAge + TimeSpan.FromDays(1)));

        var flood = clusterer.Stories().Single(story => story.ArticleIds.Contains(1));
        Assert.Equal([1L, 2L], flood.ArticleIds);
        Assert.NotEmpty(flood.Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!! ... ???")]
    public void An_article_without_words_gets_a_story_of_its_own(string text)
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Flood(1, Monday));
        var empty = clusterer.Add(new StoryArticle(2, Monday, "ru", text, text));

        Assert.True(empty.IsNewStory);
        Assert.Equal(0, empty.Similarity);
    }

    [Fact]
    public void An_unknown_language_is_clustered_on_normalised_words()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Flood(1, Monday) with { Language = "und" });
        var second = clusterer.Add(Flood(2, Monday.AddHours(1)) with { Language = "" });

        Assert.False(second.IsNewStory);
    }

    [Fact]
    public void Concurrent_adds_place_every_article_in_exactly_one_story()
    {
        var clusterer = new StoryClusterer();
        var articles = Enumerable.Range(0, 200).Select(i => (i % 3) switch
        {
            0 => Flood(i, Monday.AddMinutes(i)),
            1 => Court(i, Monday.AddMinutes(i)),
            _ => Metro(i, Monday.AddMinutes(i)),
        });
        Parallel.ForEach(articles, article => clusterer.Add(article));

        var placed = clusterer.Stories().SelectMany(story => story.ArticleIds).Order();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), placed);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_option_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StoryClusterer(new StoryClusteringOptions { SimilarityThreshold = 0 }));
        Assert.Equal("SimilarityThreshold", error.ParamName);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void Past_the_open_story_limit_the_story_seen_longest_ago_closes_and_keeps_its_snapshot(int maxOpen, bool rewriteStartsAStory)
    {
        var clusterer = new StoryClusterer(new StoryClusteringOptions { MaxOpenStories = maxOpen });
        var flood = clusterer.Add(Flood(1, Monday));
        clusterer.Add(Court(2, Monday.AddHours(1)));
        clusterer.Add(Metro(3, Monday.AddHours(2)));

        var rewrite = clusterer.Add(FloodRewritten(4, Monday.AddHours(3)));

        Assert.Equal(rewriteStartsAStory, rewrite.IsNewStory);
        long[] floodArticles = rewriteStartsAStory ? [1] : [1, 4];
        Assert.Equal(floodArticles, clusterer.Find(flood.StoryId)!.ArticleIds);
    }

    [Fact]
    public void The_open_story_limit_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StoryClusterer(new StoryClusteringOptions { MaxOpenStories = 0 }));
        Assert.Equal("MaxOpenStories", error.ParamName);
    }
}
