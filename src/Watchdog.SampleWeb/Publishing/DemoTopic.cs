namespace Watchdog.SampleWeb.Publishing;

/// <summary>
/// One kind of event the living demo reports (a flood, a fire …), worded in each language. Placeholders: {place}, {person},
/// {time}, {day}, {month}, {n1} (tens to hundreds), {n2} (tens), {n3} (5–9); the same values fill every language's report of
/// one event, so a Russian and a Kazakh report share the names and numbers the story clusterer joins them by.
/// </summary>
public sealed record DemoTopic(string Key, IReadOnlyDictionary<string, TopicWording> Wording);

/// <summary>Titles to choose one from, and sentences of which a report takes most, in its own order.</summary>
public sealed record TopicWording(IReadOnlyList<string> Titles, IReadOnlyList<string> Sentences);
