using System.Globalization;
using System.Text;

namespace Watchdog.Query;

/// <summary>Writes a query back as canonical text that parses to the same query (used by tests and shown to users).</summary>
public static class QueryFormatter
{
    public static string Format(QueryNode query)
    {
        var text = new StringBuilder();
        Write(query, text);
        return text.ToString();
    }

    private static void Write(QueryNode node, StringBuilder text)
    {
        switch (node)
        {
            case AndQuery and: WriteGroup(and.Clauses, " AND ", text); break;
            case OrQuery or: WriteGroup(or.Clauses, " OR ", text); break;
            case NotQuery not:
                text.Append("NOT ");
                WriteOperand(not.Clause, text);
                break;
            case TermQuery term: text.Append(FieldPrefix(term.Field)).Append(Quote(term.Text)); break;
            case PrefixQuery prefix: text.Append(FieldPrefix(prefix.Field)).Append(prefix.Prefix).Append('*'); break;
            case PhraseQuery phrase:
                text.Append(FieldPrefix(phrase.Field)).Append('"').Append(Escape(string.Join(' ', phrase.Words))).Append('"');
                if (phrase.Slop > 0) text.Append('~').Append(phrase.Slop.ToString(CultureInfo.InvariantCulture));
                break;
            case FilterQuery filter: text.Append(filter.Field.ToString().ToLowerInvariant()).Append(':').Append(Quote(filter.Value)); break;
            case DateRangeQuery range:
                text.Append("published:[").Append(Instant(range.From)).Append(" TO ").Append(Instant(range.To)).Append('}');
                break;
            case WatchlistQuery list: text.Append('@').Append(list.Name); break;
            case AnyScriptQuery any:
                text.Append("translit:");
                if (any.Clause is TermQuery or PhraseQuery or PrefixQuery) Write(any.Clause, text);
                else text.Append('(').Append(Format(any.Clause)).Append(')');
                break;
            case MatchNoneQuery: text.Append("(nothing)"); break; // only produced by expansion, never parsed
            default: throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unknown query node");
        }
    }

    private static void WriteGroup(IReadOnlyList<QueryNode> clauses, string separator, StringBuilder text)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (i > 0) text.Append(separator);
            WriteOperand(clauses[i], text);
        }
    }

    private static void WriteOperand(QueryNode node, StringBuilder text)
    {
        var needsParens = node is AndQuery or OrQuery;
        if (needsParens) text.Append('(');
        Write(node, text);
        if (needsParens) text.Append(')');
    }

    private static string FieldPrefix(TextField field) => field switch
    {
        TextField.Title => "title:",
        TextField.Text => "text:",
        _ => "",
    };

    /// <summary>Words that would lex as something else (keywords, operators, delimiters) are written as a one-word phrase.</summary>
    private static string Quote(string word)
    {
        var plain = word.Length > 0 && word is not ("AND" or "OR" or "NOT" or "TO" or "&&" or "||")
            && !word.Any(c => char.IsWhiteSpace(c) || "()[]{}\":~*@<>\\".Contains(c, StringComparison.Ordinal)) && word[0] != '-';
        return plain ? word : $"\"{Escape(word)}\"";
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Instant(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture) : "*";
}
