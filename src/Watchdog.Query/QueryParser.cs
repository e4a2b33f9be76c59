namespace Watchdog.Query;

/// <summary>
/// Recursive-descent parser for the query language (grammar in README.md next to this file):
/// <code>
/// query   := or END
/// or      := and (OR and)*
/// and     := unary ([AND] unary)*
/// unary   := (NOT | '-') unary | primary
/// primary := '(' or ')' | FIELD ':' value | WORD | PHRASE | '@'NAME
/// </code>
/// </summary>
public sealed class QueryParser
{
    /// <summary>A shorter prefix matches nearly every article and would defeat the matching prefilter.</summary>
    public const int MinPrefixLength = 2;

    private readonly IReadOnlyList<QueryToken> _tokens;
    private int _next;
    private TextField _field = TextField.Any;

    private QueryParser(IReadOnlyList<QueryToken> tokens) => _tokens = tokens;

    /// <exception cref="QueryParseException">The text is not a valid query.</exception>
    public static QueryNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new QueryParser(QueryLexer.Tokenize(text));
        var query = parser.ParseOr();
        parser.Expect(QueryTokenKind.End, "an operator, a term or end of query");
        return query;
    }

    /// <returns>false with the error (position and what was expected) when the text is not a valid query.</returns>
    public static bool TryParse(string text, out QueryNode? query, out QueryParseException? error)
    {
        try
        {
            query = Parse(text);
            error = null;
            return true;
        }
        catch (QueryParseException e)
        {
            query = null;
            error = e;
            return false;
        }
    }

    private QueryToken Peek => _tokens[_next];

    private QueryToken Take() => _tokens[_next++];

    private QueryToken Expect(QueryTokenKind kind, string expected)
    {
        if (Peek.Kind != kind) throw Unexpected(expected);
        return Take();
    }

    private QueryParseException Unexpected(string expected) =>
        new(expected, Peek.Position, Peek.Kind == QueryTokenKind.End ? null : Peek.Describe());

    private QueryNode ParseOr()
    {
        var clauses = new List<QueryNode> { ParseAnd() };
        while (Peek.Kind == QueryTokenKind.Or)
        {
            Take();
            clauses.Add(ParseAnd());
        }
        return clauses.Count == 1 ? clauses[0] : new OrQuery(clauses);
    }

    private QueryNode ParseAnd()
    {
        var clauses = new List<QueryNode> { ParseUnary() };
        while (true)
        {
            if (Peek.Kind == QueryTokenKind.And) Take();
            else if (!StartsClause(Peek.Kind)) break;
            clauses.Add(ParseUnary());
        }
        return clauses.Count == 1 ? clauses[0] : new AndQuery(clauses);
    }

    private static bool StartsClause(QueryTokenKind kind) => kind is QueryTokenKind.Word or QueryTokenKind.Phrase
        or QueryTokenKind.WatchlistRef or QueryTokenKind.LeftParen or QueryTokenKind.Not or QueryTokenKind.Minus;

    private QueryNode ParseUnary()
    {
        if (Peek.Kind is QueryTokenKind.Not or QueryTokenKind.Minus)
        {
            Take();
            return new NotQuery(ParseUnary());
        }
        return ParsePrimary();
    }

    private QueryNode ParsePrimary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case QueryTokenKind.LeftParen:
                Take();
                var inner = ParseOr();
                Expect(QueryTokenKind.RightParen, "')'");
                return inner;
            case QueryTokenKind.Phrase:
                Take();
                return Phrase(token);
            case QueryTokenKind.WatchlistRef:
                Take();
                return new WatchlistQuery(token.Text, token.Position);
            case QueryTokenKind.Word:
                Take();
                var isField = Peek.Kind == QueryTokenKind.Colon && Peek.Position == token.End;
                return isField ? ParseField(token) : Word(token);
            default:
                throw Unexpected("a term");
        }
    }

    private QueryNode ParseField(QueryToken name)
    {
        Take(); // ':'
        switch (name.Text.ToLowerInvariant())
        {
            case "title": return ParseTextField(TextField.Title);
            case "text": return ParseTextField(TextField.Text);
            case "source": return new FilterQuery(FilterField.Source, ParseFilterValue());
            case "tag": return new FilterQuery(FilterField.Tag, ParseFilterValue());
            case "lang": return new FilterQuery(FilterField.Lang, ParseFilterValue());
            case "published": return new PublishedRangeParser(this).Parse();
            case "translit": return new AnyScriptQuery(ParseTextField(_field));
            default:
                throw new QueryParseException("a field name (title, text, source, tag, lang, published, translit)", name.Position, $"'{name.Text}'");
        }
    }

    private QueryNode ParseTextField(TextField field)
    {
        var outer = _field;
        _field = field;
        try
        {
            return Peek.Kind switch
            {
                QueryTokenKind.LeftParen or QueryTokenKind.Phrase or QueryTokenKind.Word => ParsePrimary(),
                _ => throw Unexpected("a word, a \"phrase\" or '(' after ':'"),
            };
        }
        finally
        {
            _field = outer;
        }
    }

    private string ParseFilterValue()
    {
        if (Peek.Kind is QueryTokenKind.Word or QueryTokenKind.Phrase && Peek.Text.Length > 0) return Take().Text;
        throw Unexpected("a value after ':'");
    }

    private QueryNode Phrase(QueryToken token)
    {
        var words = token.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new QueryParseException("words inside the quotes", token.Position + 1, null);
        return words.Length == 1 && token.Slop == 0
            ? new TermQuery(_field, words[0])
            : new PhraseQuery(_field, words, token.Slop);
    }

    private QueryNode Word(QueryToken token)
    {
        var star = token.Text.IndexOf('*', StringComparison.Ordinal);
        if (star < 0) return new TermQuery(_field, token.Text);
        if (star != token.Text.Length - 1)
            throw new QueryParseException("'*' only at the end of a word", token.Position + star, null);
        if (star < MinPrefixLength)
            throw new QueryParseException($"at least {MinPrefixLength} letters before '*'", token.Position, $"'{token.Text}'");
        return new PrefixQuery(_field, token.Text[..star]);
    }

    /// <summary><c>published:</c> followed by a range <c>[a TO b]</c> (or '{' '}' for exclusive ends), a comparison <c>&gt;=a</c>, or one date.</summary>
    private readonly struct PublishedRangeParser(QueryParser parser)
    {
        public QueryNode Parse()
        {
            var token = parser.Peek;
            switch (token.Kind)
            {
                case QueryTokenKind.LeftBracket or QueryTokenKind.LeftBrace:
                    parser.Take();
                    var lower = ReadBound();
                    parser.Expect(QueryTokenKind.To, "'TO'");
                    var upper = ReadBound();
                    var close = parser.Peek;
                    if (close.Kind is not (QueryTokenKind.RightBracket or QueryTokenKind.RightBrace)) throw parser.Unexpected("']' or '}'");
                    parser.Take();
                    return new DateRangeQuery(
                        lower is { } l ? QueryDates.LowerBound(l, inclusive: token.Kind == QueryTokenKind.LeftBracket) : null,
                        upper is { } u ? QueryDates.UpperBound(u, inclusive: close.Kind == QueryTokenKind.RightBracket) : null);
                case QueryTokenKind.Compare:
                    parser.Take();
                    var value = ReadDateToken();
                    return token.Text switch
                    {
                        ">=" => new DateRangeQuery(QueryDates.LowerBound(value, inclusive: true), null),
                        ">" => new DateRangeQuery(QueryDates.LowerBound(value, inclusive: false), null),
                        "<=" => new DateRangeQuery(null, QueryDates.UpperBound(value, inclusive: true)),
                        _ => new DateRangeQuery(null, QueryDates.UpperBound(value, inclusive: false)),
                    };
                case QueryTokenKind.Word:
                    var day = ReadDateToken();
                    return new DateRangeQuery(QueryDates.LowerBound(day, inclusive: true), QueryDates.UpperBound(day, inclusive: true));
                default:
                    throw parser.Unexpected("a date, a range '[from TO to]' or a comparison '>=date'");
            }
        }

        /// <returns>null for an open bound ('*').</returns>
        private QueryToken? ReadBound()
        {
            if (parser.Peek.Kind != QueryTokenKind.Word) throw parser.Unexpected("a date (yyyy-MM-dd) or '*'");
            var token = parser.Take();
            return token.Text == "*" ? null : token;
        }

        private QueryToken ReadDateToken()
        {
            if (parser.Peek.Kind == QueryTokenKind.Word && parser.Peek.Text != "*") return parser.Take();
            throw parser.Unexpected("a date (yyyy-MM-dd)");
        }
    }
}
