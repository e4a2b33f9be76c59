using System.Text;

namespace Watchdog.Query;

/// <summary>Splits query text into tokens. Keywords (AND, OR, NOT, TO) count only in upper case, so "and" is a word.</summary>
internal static class QueryLexer
{
    private const string Delimiters = "()[]{}\":~";

    public static IReadOnlyList<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length)
            {
                tokens.Add(new QueryToken(QueryTokenKind.End, "", text.Length));
                return tokens;
            }
            var token = ReadToken(text, i);
            tokens.Add(token.Token);
            i = token.Next;
        }
    }

    private static (QueryToken Token, int Next) ReadToken(string text, int i)
    {
        var c = text[i];
        switch (c)
        {
            case '(': return (new(QueryTokenKind.LeftParen, "(", i), i + 1);
            case ')': return (new(QueryTokenKind.RightParen, ")", i), i + 1);
            case '[': return (new(QueryTokenKind.LeftBracket, "[", i), i + 1);
            case ']': return (new(QueryTokenKind.RightBracket, "]", i), i + 1);
            case '{': return (new(QueryTokenKind.LeftBrace, "{", i), i + 1);
            case '}': return (new(QueryTokenKind.RightBrace, "}", i), i + 1);
            case ':': return (new(QueryTokenKind.Colon, ":", i), i + 1);
            case '"': return ReadPhrase(text, i);
            case '~': throw new QueryParseException("'~' only after a closing '\"'", i, "'~'");
            case '@': return ReadWatchlistRef(text, i);
            case '-': return (new(QueryTokenKind.Minus, "-", i), i + 1);
            case '>' or '<':
                var op = i + 1 < text.Length && text[i + 1] == '=' ? text.Substring(i, 2) : c.ToString();
                return (new(QueryTokenKind.Compare, op, i), i + op.Length);
            default: return ReadWord(text, i);
        }
    }

    private static (QueryToken, int) ReadWord(string text, int start)
    {
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && (!Delimiters.Contains(text[i], StringComparison.Ordinal) || IsTimeColon(text, i))) i++;
        var word = text[start..i];
        var kind = word switch
        {
            "AND" or "&&" => QueryTokenKind.And,
            "OR" or "||" => QueryTokenKind.Or,
            "NOT" => QueryTokenKind.Not,
            "TO" => QueryTokenKind.To,
            _ => QueryTokenKind.Word,
        };
        return (new(kind, word, start), i);
    }

    /// <summary>A ':' between digits belongs to a time ("2024-05-01T10:30"), not a field.</summary>
    private static bool IsTimeColon(string text, int i) =>
        text[i] == ':' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static (QueryToken, int) ReadPhrase(string text, int start)
    {
        var content = new StringBuilder();
        var i = start + 1;
        while (true)
        {
            if (i >= text.Length) throw new QueryParseException("closing '\"'", text.Length, null);
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                content.Append(text[i + 1]);
                i += 2;
                continue;
            }
            if (text[i] == '"') break;
            content.Append(text[i++]);
        }
        i++;
        var slop = 0;
        if (i < text.Length && text[i] == '~')
        {
            var digitsStart = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i == digitsStart || !int.TryParse(text.AsSpan(digitsStart, i - digitsStart), out slop))
                throw new QueryParseException("a number after '~'", digitsStart, null);
        }
        return (new(QueryTokenKind.Phrase, content.ToString(), start, slop), i);
    }

    private static (QueryToken, int) ReadWatchlistRef(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && IsWatchlistNameChar(text[i])) i++;
        if (i == start + 1) throw new QueryParseException("a watchlist name after '@'", start + 1, null);
        return (new(QueryTokenKind.WatchlistRef, text[(start + 1)..i], start), i);
    }

    /// <summary>Watchlist names are letters, digits, '-', '_' and '.' (see <see cref="Core.Watching.Watchlist.Name"/>).</summary>
    public static bool IsWatchlistNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
}
