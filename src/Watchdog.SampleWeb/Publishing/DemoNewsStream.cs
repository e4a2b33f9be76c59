namespace Watchdog.SampleWeb.Publishing;

/// <summary>
/// The order in which the living demo publishes: a quiet day of backlog, then one report per tick, each event reported in
/// turn by the Russian, Kazakh and (often) English sites. Floods, rare in the backlog, become every other live event: the
/// burst a trend of "паводок OR flood" shows. Not thread-safe; one publisher drives it.
/// </summary>
/// <param name="firstEvent">The first event's number; a later run starts further on, so its reports get new URLs.</param>
public sealed class DemoNewsStream(DemoNewsWriter writer, int firstEvent = 0)
{
    /// <summary>A day of backlog, one event every three hours: the trend's quiet baseline before the burst.</summary>
    private static readonly TimeSpan BacklogSpan = TimeSpan.FromHours(24);
    private static readonly TimeSpan BacklogSpacing = TimeSpan.FromHours(3);

    /// <summary>Minutes between two newsrooms' reports of one backlog event, as a Kazakh site follows a Russian one.</summary>
    private static readonly TimeSpan FollowUpDelay = TimeSpan.FromMinutes(7);

    /// <summary>Topics of the backlog, in turn; one flood among them so the burst has a baseline that is not zero.</summary>
    private static readonly DemoTopic[] BacklogTopics = [DemoTopics.Fire, DemoTopics.Court, DemoTopics.PressFreedom, DemoTopics.Flood];

    private readonly Queue<(DemoNewsEvent Event, string Language)> _pending = new();
    private readonly int _firstEvent = firstEvent;
    private int _nextEvent = firstEvent;

    /// <summary>Reports of the day before <paramref name="now"/>, oldest first; call once, before <see cref="Next"/>.</summary>
    public IReadOnlyList<DemoReport> Backlog(DateTimeOffset now)
    {
        var reports = new List<DemoReport>();
        for (var at = now - BacklogSpan + BacklogSpacing; at < now; at += BacklogSpacing)
        {
            var news = writer.Event(_nextEvent, at, BacklogTopics[(_nextEvent - _firstEvent) % BacklogTopics.Length]);
            _nextEvent++;
            reports.AddRange(news.Languages.Select((language, i) => writer.Report(news, language, at + FollowUpDelay * i)));
        }
        return reports;
    }

    /// <summary>The next report, dated <paramref name="now"/>; a new event starts when the last one has been reported in each of its languages.</summary>
    public DemoReport Next(DateTimeOffset now)
    {
        if (_pending.Count == 0)
        {
            var news = writer.Event(_nextEvent, now, (_nextEvent - _firstEvent) % 2 == 0 ? DemoTopics.Flood : null);
            _nextEvent++;
            foreach (var language in news.Languages) _pending.Enqueue((news, language));
        }
        var (next, lang) = _pending.Dequeue();
        return writer.Report(next, lang, now);
    }
}
