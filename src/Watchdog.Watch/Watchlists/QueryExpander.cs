using Watchdog.Analysis.Text;
using Watchdog.Core.Watching;
using Watchdog.Watch.Query;

namespace Watchdog.Watch.Watchlists;

/// <summary>
/// Turns a parsed query into the form matching works on: watchlist references become an OR of their entries,
/// every term is split into the tokenizer's words (a term of several words becomes a phrase), prefixes are lower-cased.
/// </summary>
public sealed class QueryExpander(WatchlistCatalog watchlists, ISpellingVariants spellings)
{
    private readonly Stack<string> _expanding = new();

    /// <summary>Expands with no watchlists and no spelling variants (for search and tests).</summary>
    public static QueryNode ExpandPlain(QueryNode query) => new QueryExpander(WatchlistCatalog.Empty, AnalysisSpellingVariants.Instance).Expand(query);

    /// <exception cref="QueryParseException">A referenced watchlist is unknown, refers back to itself, or has an invalid context query.</exception>
    public QueryNode Expand(QueryNode query) => query switch
    {
        AndQuery and => new AndQuery(and.Clauses.Select(Expand).ToArray()),
        OrQuery or => new OrQuery(or.Clauses.Select(Expand).ToArray()),
        NotQuery not => new NotQuery(Expand(not.Clause)),
        TermQuery term => Words(term.Field, Tokenizer.Words(term.Text).ToArray(), slop: 0, term.Form),
        PhraseQuery phrase => Words(phrase.Field, phrase.Words.SelectMany(Tokenizer.Words).ToArray(), phrase.Slop, phrase.Form),
        PrefixQuery prefix => prefix with { Prefix = WordNormalizer.Normalize(prefix.Prefix) },
        WatchlistQuery list => ExpandWatchlist(list),
        _ => query,
    };

    private static QueryNode Words(TextField field, string[] words, int slop, TermForm form) => words.Length switch
    {
        0 => MatchNoneQuery.Instance,
        1 => new TermQuery(field, words[0], form),
        _ => new PhraseQuery(field, words, slop, form),
    };

    private QueryNode ExpandWatchlist(WatchlistQuery reference)
    {
        var list = watchlists.Find(reference.Name)
            ?? throw new QueryParseException("the name of an existing watchlist", reference.Position, $"'@{reference.Name}'");
        if (_expanding.Contains(list.Name, StringComparer.OrdinalIgnoreCase))
            throw new QueryParseException("a watchlist that does not refer back to itself", reference.Position, $"'@{reference.Name}'");
        _expanding.Push(list.Name);
        try
        {
            var entries = list.Entries.Select(entry => ExpandEntry(entry, reference)).ToArray();
            return entries.Length switch
            {
                0 => MatchNoneQuery.Instance,
                1 => entries[0],
                _ => new OrQuery(entries),
            };
        }
        finally
        {
            _expanding.Pop();
        }
    }

    private QueryNode ExpandEntry(WatchlistEntry entry, WatchlistQuery reference)
    {
        var form = entry.Kind == WatchlistEntryKind.Person ? TermForm.Name : TermForm.Word;
        var written = new[] { entry.Text }.Concat(entry.Aliases).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var allSpellings = written.Concat(written.SelectMany(spellings.VariantsOf)).Distinct(StringComparer.OrdinalIgnoreCase);
        var variants = allSpellings.Select(s => Words(TextField.Any, Tokenizer.Words(s).ToArray(), slop: 0, form)).ToArray();
        QueryNode anyVariant = variants.Length == 1 ? variants[0] : new OrQuery(variants);

        var clauses = new List<QueryNode> { anyVariant };
        if (!string.IsNullOrWhiteSpace(entry.Language)) clauses.Add(new FilterQuery(FilterField.Lang, entry.Language.Trim()));
        if (!string.IsNullOrWhiteSpace(entry.SourceTag)) clauses.Add(new FilterQuery(FilterField.Tag, entry.SourceTag.Trim()));
        if (!string.IsNullOrWhiteSpace(entry.ContextQuery)) clauses.Add(Expand(ParseContext(entry, reference)));
        return clauses.Count == 1 ? anyVariant : new AndQuery(clauses);
    }

    private static QueryNode ParseContext(WatchlistEntry entry, WatchlistQuery reference)
    {
        if (QueryParser.TryParse(entry.ContextQuery!, out var context, out var error)) return context!;
        throw new QueryParseException(
            $"a valid context query for '{entry.Text}' in @{reference.Name} ({error!.Message})", reference.Position, $"'@{reference.Name}'");
    }
}
