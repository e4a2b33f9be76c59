using Watchdog.Query;

namespace Watchdog.Watch.Matching;

/// <summary>Where the word-level leaves of an expanded query (terms, prefixes, phrases) occur in a document.</summary>
public static class LeafMatcher
{
    public static bool Matches(QueryNode leaf, MatchDocument document) => leaf switch
    {
        TermQuery term => ContainsTerm(term, document),
        _ => Occurrences(leaf, document).Any(),
    };

    // The hot path of verification: no LINQ, no iterator.
    private static bool ContainsTerm(TermQuery term, MatchDocument document)
    {
        var form = FormOf(term.Text, term.Form, document);
        var fields = document.FieldsIn(term.Field);
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Contains(form, term.Form)) return true;
        }
        return false;
    }

    public static IEnumerable<TokenSpan> Occurrences(QueryNode leaf, MatchDocument document) => leaf switch
    {
        TermQuery term => TermOccurrences(term, document),
        PrefixQuery prefix => PrefixOccurrences(prefix, document),
        PhraseQuery phrase => PhraseOccurrences(phrase, document),
        _ => throw new ArgumentException($"{leaf.GetType().Name} is not a word-level query", nameof(leaf)),
    };

    /// <summary>The form a query word is compared by in this document's language.</summary>
    public static string FormOf(string word, TermForm form, MatchDocument document) => form == TermForm.Name
        ? document.Normalizer.NormalizeName(word, document.Language)
        : document.Normalizer.Normalize(word, document.Language);

    private static IEnumerable<TokenSpan> TermOccurrences(TermQuery term, MatchDocument document)
    {
        var form = FormOf(term.Text, term.Form, document);
        foreach (var field in document.FieldsIn(term.Field))
        {
            foreach (var position in field.PositionsOf(form, term.Form)) yield return new TokenSpan(field.Name, position, position);
        }
    }

    private static IEnumerable<TokenSpan> PrefixOccurrences(PrefixQuery prefix, MatchDocument document)
    {
        foreach (var field in document.FieldsIn(prefix.Field))
        {
            for (var i = 0; i < field.Tokens.Count; i++)
            {
                if (field.Tokens[i].Text.StartsWith(prefix.Prefix, StringComparison.Ordinal)) yield return new TokenSpan(field.Name, i, i);
            }
        }
    }

    private static IEnumerable<TokenSpan> PhraseOccurrences(PhraseQuery phrase, MatchDocument document)
    {
        foreach (var field in document.FieldsIn(phrase.Field))
        {
            var positions = new ArraySegment<int>[phrase.Words.Count];
            var complete = true;
            for (var w = 0; w < positions.Length && complete; w++)
            {
                positions[w] = field.PositionsOf(FormOf(phrase.Words[w], phrase.Form, document), phrase.Form);
                complete = positions[w].Count > 0;
            }
            if (!complete) continue;
            var spans = phrase.Slop == 0 ? ExactSpans(positions) : WindowSpans(positions, positions.Length - 1 + phrase.Slop);
            foreach (var (first, last) in spans) yield return new TokenSpan(field.Name, first, last);
        }
    }

    private static IEnumerable<(int First, int Last)> ExactSpans(ArraySegment<int>[] positions)
    {
        foreach (var start in positions[0])
        {
            var all = true;
            for (var w = 1; w < positions.Length && all; w++) all = Contains(positions[w], start + w);
            if (all) yield return (start, start + positions.Length - 1);
        }
    }

    /// <summary>Every word within <paramref name="window"/> positions after a start, in any order (a start is any word's position).</summary>
    private static IEnumerable<(int First, int Last)> WindowSpans(ArraySegment<int>[] positions, int window)
    {
        var starts = positions.SelectMany(p => p).Distinct().Order();
        foreach (var start in starts)
        {
            var last = start;
            var all = true;
            for (var w = 0; w < positions.Length && all; w++)
            {
                var found = FirstAtOrAfter(positions[w], start);
                all = found >= 0 && found <= start + window;
                if (all) last = Math.Max(last, found);
            }
            if (all) yield return (start, last);
        }
    }

    private static bool Contains(ArraySegment<int> sorted, int value) => FirstAtOrAfter(sorted, value) == value;

    /// <returns>The smallest value ≥ <paramref name="value"/>, or -1.</returns>
    private static int FirstAtOrAfter(ArraySegment<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo < sorted.Count ? sorted[lo] : -1;
    }
}
