namespace Watchdog.SampleWeb.Publishing;

/// <summary>One fictional event and the values every language's report of it shares.</summary>
/// <param name="Number">The event's place in the demo's sequence; makes slugs unique.</param>
/// <param name="Languages">The languages it is reported in, in order of publication (ru and kk always, en often).</param>
public sealed record DemoNewsEvent(
    int Number,
    DemoTopic Topic,
    TrilingualName Town,
    TrilingualName Official,
    DateTimeOffset HappenedAt,
    int Count1,
    int Count2,
    int Count3,
    IReadOnlyList<string> Languages);
