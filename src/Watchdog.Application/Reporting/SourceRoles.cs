namespace Watchdog.Application.Reporting;

/// <summary>
/// How one source (an outlet, never a person) took part in the stories of a query and period: how many it broke (first
/// to publish), followed with its own report, or reprinted (a near-duplicate of an earlier article).
/// </summary>
/// <param name="MedianDelay">Median time from a story's first article to this source's first article in it, over the stories it did not break; null when it broke them all.</param>
public sealed record SourceRole(long SourceId, int Stories, int Broke, int Followed, int Reprinted, TimeSpan? MedianDelay);

/// <summary>Who breaks and who follows: the timelines of stories, summed per source. Pure.</summary>
public static class SourceRoles
{
    /// <summary>Only stories reported by at least this many sources say who was first among several.</summary>
    public const int MinSources = 2;

    /// <returns>Sources by stories broken, then followed, then reprinted, most first.</returns>
    public static IReadOnlyList<SourceRole> Of(IEnumerable<IReadOnlyList<TimelineEntry>> timelines)
    {
        var tallies = new Dictionary<long, Tally>();
        foreach (var timeline in timelines.Where(t => t.Select(e => e.Article.SourceId).Distinct().Count() >= MinSources))
        {
            // A source's part in a story is what its first article there did.
            foreach (var entry in timeline.GroupBy(e => e.Article.SourceId).Select(g => g.First()))
            {
                if (!tallies.TryGetValue(entry.Article.SourceId, out var tally)) tallies[entry.Article.SourceId] = tally = new Tally();
                tally.Add(entry);
            }
        }
        return [.. tallies
            .Select(pair => pair.Value.ToRole(pair.Key))
            .OrderByDescending(role => role.Broke).ThenByDescending(role => role.Followed).ThenByDescending(role => role.Reprinted).ThenBy(role => role.SourceId)];
    }

    private sealed class Tally
    {
        private readonly List<TimeSpan> _delays = [];
        private int _stories, _broke, _followed, _reprinted;

        public void Add(TimelineEntry entry)
        {
            _stories++;
            switch (entry.Role)
            {
                case StoryRole.First: _broke++; return;
                case StoryRole.Follower: _followed++; break;
                case StoryRole.Reprint: _reprinted++; break;
            }
            _delays.Add(entry.AfterFirst);
        }

        public SourceRole ToRole(long sourceId)
        {
            var sorted = _delays.Order().ToList();
            return new SourceRole(sourceId, _stories, _broke, _followed, _reprinted, sorted.Count == 0 ? null : sorted[sorted.Count / 2]);
        }
    }
}
