using Watchdog.Core.Watching;

namespace Watchdog.Watch.Explain;

/// <summary>Whether a query matches a text and why: what each term was compared as, and where it was found.</summary>
/// <param name="Language">The language the text was analysed in (given, or detected when <see cref="LanguageDetected"/>).</param>
/// <param name="ExpandedQuery">The query after watchlists were expanded, as canonical text.</param>
public sealed record MatchExplanation(
    bool Matched,
    string Language,
    bool LanguageDetected,
    string ExpandedQuery,
    IReadOnlyList<TermExplanation> Terms,
    IReadOnlyList<AlertPassage> Passages)
{
    /// <summary>Why the query could not be used (parse error, unknown watchlist); null when it could.</summary>
    public string? Error { get; init; }
    /// <summary>0-based offset in the query text that <see cref="Error"/> points at.</summary>
    public int? ErrorPosition { get; init; }

    public static MatchExplanation Invalid(string language, bool detected, string error, int position) =>
        new(false, language, detected, "", [], []) { Error = error, ErrorPosition = position };
}

/// <param name="Term">The term as canonical query text (e.g. <c>title:"central bank"~2</c>, <c>lang:kk</c>).</param>
/// <param name="Negated">Under a NOT: finding it prevents the match.</param>
/// <param name="NormalisedForms">What each query word was compared as in the text's language (stems, name forms).</param>
/// <param name="Occurrences">How often it was found; filters count 1 when satisfied.</param>
/// <param name="MatchedWords">The words of the text, as written, that it matched.</param>
public sealed record TermExplanation(string Term, bool Negated, IReadOnlyList<string> NormalisedForms, int Occurrences, IReadOnlyList<string> MatchedWords);
