using Watchdog.Core.Search;
using Watchdog.Core.Sources;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Configuration;

namespace Watchdog.Application.Governance;

/// <summary>
/// What the audit log keeps about each kind of action, the same from the API and the CLI. Webhook addresses and
/// secrets are left out: a webhook URL often carries its own key.
/// </summary>
public static class AuditDetails
{
    public static object Of(SearchRequest r) => new
    {
        q = r.Query, lang = r.Language, source = r.SourceId, from = r.From, to = r.To, order = r.Order.ToString().ToLowerInvariant(), page = r.Page,
    };

    public static object Of(StandingQuery q) => new
    {
        name = q.Name, query = q.QueryText, enabled = q.Enabled, targets = q.Rule.Targets.Select(t => t.Channel.ToString().ToLowerInvariant()).ToList(),
    };

    public static object Of(Watchlist w) => new { name = w.Name, entries = w.Entries.Count };

    public static object Of(Source s) => new { url = s.Url.AbsoluteUri, kind = s.Kind.ToString().ToLowerInvariant(), every = new Duration(s.Interval).ToString(), tags = s.Tags };

    public static string Target(StandingQuery q) => $"query {q.Id}";

    public static string Target(Watchlist w) => $"watchlist {w.Name}";

    public static string SourceTarget(long id) => $"source {id}";
}
