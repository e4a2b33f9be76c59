using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Watchdog.Storage.Search;

/// <summary>Where a word of the query occurs in a hit's field: its key, position and characters.</summary>
internal readonly record struct Occurrence(string Key, int Position, int Start, int End);

/// <summary>
/// Finds the occurrences of a query's words in one field of a hit and keeps those that match: every occurrence of a
/// word or prefix, and of a phrase only where its words stand together. Reads only the query's keys from the hit's
/// term vector (positions and offsets are stored), so no text is analysed and no per-hit index is built.
/// </summary>
internal static class HitOccurrences
{
    /// <param name="vector">The field's term vector; null (an index without one) analyses <paramref name="text"/> instead.</param>
    /// <returns>The matched occurrences in text order, each span once.</returns>
    public static List<Occurrence> Matched(HighlightTargets targets, Terms? vector, Func<TokenStream> analyse)
    {
        var found = vector is { HasPositions: true, HasOffsets: true } ? FromVector(targets, vector) : FromTokens(targets, analyse);
        var matched = found.Where(o => targets.Keys.Contains(o.Key) || targets.MatchesPrefix(o.Key)).ToList();
        foreach (var phrase in targets.Phrases) matched.AddRange(PhraseMatches(phrase, found));
        return [.. matched.DistinctBy(o => (o.Start, o.End)).OrderBy(o => o.Start)];
    }

    private static List<Occurrence> FromVector(HighlightTargets targets, Terms vector)
    {
        var found = new List<Occurrence>();
        var terms = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        foreach (var key in targets.AllKeys)
        {
            if (terms.SeekExact(new BytesRef(key))) positions = Add(found, key, terms, positions);
        }
        foreach (var prefix in targets.Prefixes)
        {
            var bytes = new BytesRef(prefix);
            if (terms.SeekCeil(bytes) == TermsEnum.SeekStatus.END) continue;
            do
            {
                if (!StringHelper.StartsWith(terms.Term, bytes)) break;
                positions = Add(found, terms.Term.Utf8ToString(), terms, positions);
            }
            while (terms.MoveNext());
        }
        return found;
    }

    private static DocsAndPositionsEnum Add(List<Occurrence> found, string key, TermsEnum terms, DocsAndPositionsEnum? reuse)
    {
        var positions = terms.DocsAndPositions(null, reuse);
        positions.NextDoc();
        for (var i = positions.Freq; i > 0; i--)
        {
            var position = positions.NextPosition();
            found.Add(new Occurrence(key, position, positions.StartOffset, positions.EndOffset));
        }
        return positions;
    }

    private static List<Occurrence> FromTokens(HighlightTargets targets, Func<TokenStream> analyse)
    {
        var wanted = targets.AllKeys.ToHashSet(StringComparer.Ordinal);
        var found = new List<Occurrence>();
        using var tokens = analyse();
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        var offset = tokens.AddAttribute<IOffsetAttribute>();
        tokens.Reset();
        var position = -1;
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            var key = term.ToString();
            if (wanted.Contains(key) || targets.MatchesPrefix(key)) found.Add(new Occurrence(key, position, offset.StartOffset, offset.EndOffset));
        }
        tokens.End();
        return found;
    }

    /// <summary>The occurrences of the phrase's words where the phrase matches, as the phrase or span query matched it.</summary>
    private static IEnumerable<Occurrence> PhraseMatches(PhraseTarget phrase, List<Occurrence> found)
    {
        var at = found.Where(o => phrase.Keys.Contains(o.Key)).ToLookup(o => o.Key);
        foreach (var first in at[phrase.Keys[0]])
        {
            if (phrase.Window is { } window)
            {
                var from = first.Position - window;
                // Any order within the window: the window that starts at the earliest word holding them all.
                for (var start = from; start <= first.Position; start++)
                {
                    var words = phrase.Keys.Select(k => at[k].FirstOrDefault(o => o.Position >= start && o.Position <= start + window)).ToArray();
                    if (words.Any(o => o.Key is null)) continue;
                    foreach (var word in words) yield return word;
                    break;
                }
                continue;
            }
            var exact = phrase.Keys.Select((k, i) => at[k].FirstOrDefault(o => o.Position == first.Position + phrase.Positions[i] - phrase.Positions[0])).ToArray();
            if (exact.All(o => o.Key is not null)) foreach (var word in exact) yield return word;
        }
    }
}
