using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;
using Watchdog.Core.Watching;
using Watchdog.Query;

namespace Watchdog.Query.Watchlists;

/// <summary>
/// Turns a parsed query into the form matching works on: watchlist references become an OR of their entries,
/// every term is split into the tokenizer's words (a term of several words becomes a phrase), prefixes are lower-cased,
/// and names cross scripts: a capitalised word, the words of a person/organisation/place entry and every word inside
/// <c>translit:</c> become an OR of their spellings (Tokayev → Токаев, Тоқаев, Tokaev, Toqaev …), so a search needs no
/// index of its own for other scripts.
/// </summary>
public sealed class QueryExpander(WatchlistCatalog watchlists, ISpellingVariants spellings)
{
    private readonly Stack<string> _expanding = new();
    private bool _inAnyScript;

    /// <summary>
    /// Watchlists already expanded by this expander: thousands of standing queries compiled together refer to the same
    /// few lists, and spelling every name of a list again for each of them made compiling ten times slower.
    /// </summary>
    private readonly Dictionary<(string List, bool AnyScript), QueryNode> _expandedLists = [];

    /// <summary>Expands with no watchlists and the production spelling variants (for search and tests).</summary>
    public static QueryNode ExpandPlain(QueryNode query) => new QueryExpander(WatchlistCatalog.Empty, AnalysisSpellingVariants.Instance).Expand(query);

    /// <exception cref="QueryParseException">A referenced watchlist is unknown, refers back to itself, or has an invalid context query.</exception>
    public QueryNode Expand(QueryNode query) => query switch
    {
        AndQuery and => new AndQuery(and.Clauses.Select(Expand).ToArray()),
        OrQuery or => new OrQuery(or.Clauses.Select(Expand).ToArray()),
        NotQuery not => new NotQuery(Expand(not.Clause)),
        TermQuery term => Spelled(term.Field, QueryWords.Of(term.Text), slop: 0, term.Form),
        PhraseQuery phrase => Spelled(phrase.Field, phrase.Words.SelectMany(QueryWords.Of).ToArray(), phrase.Slop, phrase.Form),
        PrefixQuery prefix => prefix with { Prefix = WordNormalizer.Normalize(prefix.Prefix) },
        AnyScriptQuery any => ExpandInAnyScript(any.Clause),
        WatchlistQuery list => ExpandWatchlist(list),
        _ => query,
    };

    private QueryNode ExpandInAnyScript(QueryNode clause)
    {
        var outer = _inAnyScript;
        _inAnyScript = true;
        try
        {
            return Expand(clause);
        }
        finally
        {
            _inAnyScript = outer;
        }
    }

    /// <summary>
    /// The words as written, or, when some of them cross scripts (names, or all inside <c>translit:</c>), an OR of
    /// the word sequence spelled each way — the crossing words by the same route, the others as written.
    /// </summary>
    private QueryNode Spelled(TextField field, string[] words, int slop, TermForm form)
    {
        var crossing = words.Select(word => _inAnyScript || QueryWords.IsName(word)).ToArray();
        if (!crossing.Any(crosses => crosses)) return words.Length == 1 ? EitherCase(field, words[0], form) : Words(field, words, slop, form);
        var aligned = words.Select((word, i) => crossing[i] ? spellings.AlignedVariantsOf(word) : null).ToArray();
        var routes = aligned.Where(variants => variants is not null).Min(variants => variants!.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var variants = new List<QueryNode>();
        for (var route = 0; route < routes; route++)
        {
            var spelled = words.Select((word, i) => aligned[i]?[route] ?? word).ToArray();
            // A route that made a word empty or split it (a soft sign alone, a hyphen) has no spelling to offer.
            if (spelled.Any(word => QueryWords.Of(word).Length != 1)) continue;
            if (seen.Add(string.Join(' ', spelled))) variants.Add(Words(field, spelled, slop, form));
        }
        return variants.Count == 1 ? variants[0] : new OrQuery(variants);
    }

    /// <summary>
    /// A lower-case word whose key depends on capitalisation (Russian -ов/-ев) is looked up both ways: as typed (a genitive
    /// plural: банков → банк) and as a name (назарбаев → Назарбаев, Назарбаеву), since names are often typed in lower case.
    /// </summary>
    private static QueryNode EitherCase(TextField field, string word, TermForm form)
    {
        var asTyped = new TermQuery(field, word, form);
        if (!Normalizer.KeyDependsOnCapitalisation(word)) return asTyped;
        return new OrQuery([asTyped, new TermQuery(field, QueryWords.AsName(word)[0], form)]);
    }

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
        var key = (list.Name.ToLowerInvariant(), _inAnyScript);
        if (_expandedLists.TryGetValue(key, out var expanded)) return expanded;
        expanded = ExpandEntries(list, reference);
        _expandedLists[key] = expanded;
        return expanded;
    }

    private QueryNode ExpandEntries(Watchlist list, WatchlistQuery reference)
    {
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
        var anyVariant = entry.Kind == WatchlistEntryKind.Term ? TermSpellings(entry) : NameSpellings(entry);
        var clauses = new List<QueryNode> { anyVariant };
        if (!string.IsNullOrWhiteSpace(entry.Language)) clauses.Add(new FilterQuery(FilterField.Lang, entry.Language.Trim()));
        if (!string.IsNullOrWhiteSpace(entry.SourceTag)) clauses.Add(new FilterQuery(FilterField.Tag, entry.SourceTag.Trim()));
        if (!string.IsNullOrWhiteSpace(entry.ContextQuery)) clauses.Add(Expand(ParseContext(entry, reference)));
        return clauses.Count == 1 ? anyVariant : new AndQuery(clauses);
    }

    private static IEnumerable<string> Written(WatchlistEntry entry) =>
        new[] { entry.Text }.Concat(entry.Aliases).Where(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>
    /// A person, organisation or place: the entry and its aliases in every spelling. A person's words are names
    /// (TermForm.Name, keyed as capitalised however they were typed); an organisation's keep their case, so that
    /// "Министерство финансов" still finds the lower-case "финансов" of the text.
    /// </summary>
    private QueryNode NameSpellings(WatchlistEntry entry)
    {
        var person = entry.Kind == WatchlistEntryKind.Person;
        var form = person ? TermForm.Name : TermForm.Word;
        var written = Written(entry).ToList();
        var allSpellings = written.Concat(written.SelectMany(spellings.VariantsOf)).Distinct(StringComparer.Ordinal);
        var variants = allSpellings
            .Select(s => Words(TextField.Any, person ? QueryWords.AsName(s) : QueryWords.Of(s), slop: 0, form))
            .DistinctBy(QueryFormatter.Format)
            .ToArray();
        return variants.Length == 1 ? variants[0] : new OrQuery(variants);
    }

    /// <summary>A term entry reads like query text: its capitalised words cross scripts, the others match as written.</summary>
    private QueryNode TermSpellings(WatchlistEntry entry)
    {
        var variants = Written(entry).Select(s => Spelled(TextField.Any, QueryWords.Of(s), slop: 0, TermForm.Word)).ToArray();
        return variants.Length == 1 ? variants[0] : new OrQuery(variants);
    }

    private static QueryNode ParseContext(WatchlistEntry entry, WatchlistQuery reference)
    {
        if (QueryParser.TryParse(entry.ContextQuery!, out var context, out var error)) return context!;
        throw new QueryParseException(
            $"a valid context query for '{entry.Text}' in @{reference.Name} ({error!.Message})", reference.Position, $"'@{reference.Name}'");
    }
}
