namespace Watchdog.Query;

internal enum QueryTokenKind
{
    Word, Phrase, WatchlistRef, LeftParen, RightParen, Colon, LeftBracket, RightBracket, LeftBrace, RightBrace,
    And, Or, Not, Minus, To, Compare, End,
}

/// <param name="Text">Word text, phrase content, watchlist name or comparison operator.</param>
/// <param name="Slop">For phrases: the number after '~', else 0.</param>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position, int Slop = 0)
{
    public int End => Kind switch
    {
        QueryTokenKind.Phrase or QueryTokenKind.WatchlistRef => Position, // never followed by ':'
        _ => Position + Text.Length,
    };

    public string Describe() => Kind switch
    {
        QueryTokenKind.End => "end of query",
        QueryTokenKind.Phrase => $"\"{Text}\"",
        QueryTokenKind.WatchlistRef => $"'@{Text}'",
        _ => $"'{Text}'",
    };
}
