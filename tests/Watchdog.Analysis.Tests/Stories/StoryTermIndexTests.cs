using Watchdog.Analysis.Stories.Clustering;

namespace Watchdog.Analysis.Tests.Stories;

/// <summary>The term → open stories index: which stories an article is compared with.</summary>
public class StoryTermIndexTests
{
    [Fact]
    public void Finds_each_story_with_any_of_the_terms_once_whatever_order_they_came_in()
    {
        var index = new StoryTermIndex();
        index.Add(7, [1, 2]);
        index.Add(3, [2, 3]);
        index.Add(7, [2, 4]);
        index.Add(5, [4]);

        Assert.Equal([3, 5, 7], index.StoriesWithAny([2, 4]).Order());
        Assert.Equal([3], index.StoriesWithAny([3]));
        Assert.Empty(index.StoriesWithAny([9]));
    }

    [Fact]
    public void A_removed_story_is_no_longer_found_and_the_others_stay()
    {
        var index = new StoryTermIndex();
        index.Add(1, [1, 2]);
        index.Add(2, [2]);
        index.Add(3, [2, 3]);

        index.Remove(2, [2]);
        index.Remove(3, [2, 3, 8]);

        Assert.Equal([1], index.StoriesWithAny([1, 2, 3]));
    }
}
