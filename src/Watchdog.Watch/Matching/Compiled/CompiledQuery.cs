using Watchdog.Query;

namespace Watchdog.Watch.Matching.Compiled;

/// <summary>A standing query ready for matching: its expanded form and the anchors the prefilter finds it by.</summary>
/// <param name="Anchors">Null: the query has no required word and is verified against every document.</param>
public sealed record CompiledQuery(long QueryId, QueryNode Query, IReadOnlyList<Anchor>? Anchors);
