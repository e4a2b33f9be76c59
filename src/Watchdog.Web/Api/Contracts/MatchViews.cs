using Watchdog.Core.Watching;
using Watchdog.Watch.Explain;

namespace Watchdog.Web.Api.Contracts;

/// <summary>Body of <c>POST /api/match</c>: a query and either a text or the address of a collected article.</summary>
/// <param name="Url">The address of an article already collected (its canonical URL); used when <see cref="Text"/> is empty.</param>
/// <param name="Lang">ISO 639-1 code of the text; detected when omitted.</param>
public sealed record MatchRequest(string? Query, string? Text = null, string? Url = null, string? Title = null, string? Lang = null);

/// <param name="Language">The language the text was analysed in.</param>
/// <param name="ExpandedQuery">The query after watchlist references were expanded.</param>
/// <param name="ArticleId">The collected article that was checked, when the request gave a URL.</param>
public sealed record MatchResponse(
    bool Matched,
    string Language,
    bool LanguageDetected,
    string ExpandedQuery,
    IReadOnlyList<TermExplanation> Terms,
    IReadOnlyList<AlertPassage> Passages,
    long? ArticleId)
{
    public static MatchResponse From(MatchExplanation e, long? articleId) =>
        new(e.Matched, e.Language, e.LanguageDetected, e.ExpandedQuery, e.Terms, e.Passages, articleId);
}
