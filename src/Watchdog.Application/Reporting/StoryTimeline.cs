using Watchdog.Analysis.Stories.Duplicates;
using Watchdog.Core.Articles;
using Watchdog.Core.Stories;

namespace Watchdog.Application.Reporting;

/// <summary>What an article did in its story: published it first, followed with a report of its own, or reprinted one.</summary>
public enum StoryRole
{
    First,
    Follower,
    Reprint,
}

/// <summary>The names of <see cref="StoryRole"/> in the API, the CLI and reports.</summary>
public static class StoryRoleNames
{
    public static string Of(StoryRole role) => role switch
    {
        StoryRole.First => "first",
        StoryRole.Reprint => "reprint",
        _ => "follower",
    };
}

/// <summary>One article of a story's timeline.</summary>
/// <param name="AfterFirst">How long after the story's first article it was published.</param>
/// <param name="ReprintOf">For a reprint, the earlier article whose text it repeats (SimHash within the near-duplicate distance).</param>
public sealed record TimelineEntry(Article Article, StoryRole Role, TimeSpan AfterFirst, long? ReprintOf);

/// <summary>Orders a story's articles by publication and says who broke it, who followed and who reprinted. Pure.</summary>
public static class StoryTimeline
{
    /// <returns>Oldest first (ties by article id: the one stored first).</returns>
    public static IReadOnlyList<TimelineEntry> Of(IEnumerable<(Article Article, StoryMembership Membership)> members)
    {
        var ordered = members.OrderBy(m => m.Membership.PublishedAt).ThenBy(m => m.Article.Id).ToList();
        var timeline = new List<TimelineEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (article, membership) = ordered[i];
            var afterFirst = membership.PublishedAt - ordered[0].Membership.PublishedAt;
            if (i == 0)
            {
                timeline.Add(new TimelineEntry(article, StoryRole.First, TimeSpan.Zero, null));
                continue;
            }
            var original = ordered.Take(i).FirstOrDefault(earlier => IsCopy(membership, article, earlier.Membership, earlier.Article));
            timeline.Add(original.Article is null
                ? new TimelineEntry(article, StoryRole.Follower, afterFirst, null)
                : new TimelineEntry(article, StoryRole.Reprint, afterFirst, original.Article.Id));
        }
        return timeline;
    }

    // A fingerprint of 0 is a text without words: no evidence of copying. SimHash compares stems, so only within a language.
    private static bool IsCopy(StoryMembership later, Article laterArticle, StoryMembership earlier, Article earlierArticle) =>
        later.SimHash != 0 && earlier.SimHash != 0 && laterArticle.Language == earlierArticle.Language
        && TextSimHash.AreNearDuplicates(later.SimHash, earlier.SimHash);
}
