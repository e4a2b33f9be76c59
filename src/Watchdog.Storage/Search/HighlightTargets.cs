using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Watchdog.Storage.Search;

/// <summary>
/// What a query looks for in one field, for marking a hit's words: keys, key prefixes and phrases. Read once per search
/// from the Lucene query (<see cref="Of"/>); excluded clauses (NOT) are left out, since a hit never has them.
/// </summary>
internal sealed class HighlightTargets
{
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    public List<string> Prefixes { get; } = [];
    public List<PhraseTarget> Phrases { get; } = [];

    /// <summary>Every key a hit's tokens are looked up by: the words' and the phrases'.</summary>
    public IEnumerable<string> AllKeys => Keys.Concat(Phrases.SelectMany(p => p.Keys)).Distinct(StringComparer.Ordinal);

    public bool MatchesPrefix(string key) => Prefixes.Exists(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>
    /// What the query asked for that <paramref name="key"/> answers: the key itself, or the prefix it starts with, so
    /// that many words of one prefix count as one when passages are compared.
    /// </summary>
    public string TargetOf(string key) =>
        Keys.Contains(key) ? key : Prefixes.Find(prefix => key.StartsWith(prefix, StringComparison.Ordinal)) ?? key;

    /// <returns>The targets of each field the query searches.</returns>
    public static IReadOnlyDictionary<string, HighlightTargets> Of(LuceneQuery query)
    {
        var byField = new Dictionary<string, HighlightTargets>(StringComparer.Ordinal);
        Collect(query, field => byField.TryGetValue(field, out var targets) ? targets : byField[field] = new HighlightTargets());
        return byField;
    }

    private static void Collect(LuceneQuery query, Func<string, HighlightTargets> targetsOf)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Collect(clause.Query, targetsOf);
                break;
            case TermQuery term:
                targetsOf(term.Term.Field).Keys.Add(term.Term.Text);
                break;
            case SpanTermQuery spanTerm:
                targetsOf(spanTerm.Term.Field).Keys.Add(spanTerm.Term.Text);
                break;
            case PrefixQuery prefix:
                targetsOf(prefix.Prefix.Field).Prefixes.Add(prefix.Prefix.Text);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms:
                targetsOf(terms[0].Field).Phrases.Add(new PhraseTarget([.. terms.Select(t => t.Text)], phrase.GetPositions(), Window: null));
                break;
            case SpanNearQuery near when near.GetClauses().All(c => c is SpanTermQuery):
                var words = near.GetClauses().Cast<SpanTermQuery>().Select(c => c.Term).ToArray();
                if (words.Length > 0)
                    targetsOf(words[0].Field).Phrases.Add(new PhraseTarget([.. words.Select(t => t.Text)], [.. Enumerable.Range(0, words.Length)], words.Length - 1 + near.Slop));
                break;
            default:
                // Another query built by a caller (LuceneSearchIndex.Search takes any): its plain terms, when it can name them.
                var other = new HashSet<Term>();
                try
                {
                    query.ExtractTerms(other);
                }
                catch (NotSupportedException)
                {
                    // Not rewritten (wildcards, fuzzy): nothing to mark, the hit still shows its opening.
                }
                foreach (var term in other) targetsOf(term.Field).Keys.Add(term.Text);
                break;
        }
    }
}

/// <param name="Keys">The phrase's words as indexed.</param>
/// <param name="Positions">Where each word stands relative to the others.</param>
/// <param name="Window">Null: the words exactly at <paramref name="Positions"/>. Otherwise all of them, in any order, within this many positions.</param>
internal sealed record PhraseTarget(string[] Keys, int[] Positions, int? Window);
