using Watchdog.Core.Search;

namespace Watchdog.Web.Governance;

/// <summary>
/// What the audit log keeps about trends, stories, exports and reports: which view, the query and filters, and the
/// view's own settings, so "who looked at or took away what" can be answered.
/// </summary>
public static class ReportingAuditDetails
{
    /// <param name="view">trends, chart, stories, export or report.</param>
    /// <param name="settings">The view's own parameters (bucket, format, …), kept as one object.</param>
    public static object Of(string view, SearchRequest r, object? settings = null) => new
    {
        view, q = r.Query, lang = r.Language, source = r.SourceId, from = r.From, to = r.To, settings,
    };
}
