using System.Globalization;
using System.Text;
using Watchdog.Analysis.Indexing;
using Watchdog.Analysis.Morphology;
using Watchdog.Storage.Search;
using WordTokenizer = Watchdog.Analysis.Text.Tokenizer;

namespace Watchdog.Storage.Postgres.Search;

/// <summary>
/// An article's tsvector, built from Watchdog's own keys rather than a PostgreSQL dictionary: each word of the title
/// and text, as <see cref="WordTokenizer"/> splits and normalises it, keyed by <see cref="Normalizer.Stem"/> in the
/// article's language — the same keys the embedded index and the standing-query matcher use. Written as tsvector input
/// text (<c>'key':1A,5A 'other':2B</c>), which PostgreSQL reads verbatim.
/// </summary>
internal static class SearchVector
{
    /// <summary>PostgreSQL keeps positions up to this; later words share it, as with <c>to_tsvector</c>.</summary>
    public const int MaxPosition = 16383;

    /// <summary>
    /// The text's positions start this far after the title's last word, so no phrase or proximity alternative
    /// (which spans fewer positions than <see cref="PostgresQueryTranslator.MaxProximityAlternatives"/>) joins a
    /// title word to a text word: on the embedded store they are separate fields.
    /// </summary>
    public const int FieldGap = PostgresQueryTranslator.MaxProximityAlternatives;

    /// <summary>
    /// The lexeme (without positions) every vector carries for its language key, so that a query can require a
    /// language inside its tsquery and the GIN index alone decides a match. The leading space keeps it apart from
    /// every word key and every prefix a query can write (the tokenizer splits at spaces).
    /// </summary>
    public static string LanguageLexeme(string languageKey) => $" language {languageKey}";

    /// <param name="languageKey">The article's language key (<see cref="ArticleFields.LanguageKey"/>).</param>
    public static string Of(string title, string text, string languageKey)
    {
        var positions = new Dictionary<string, List<(int Position, char Weight)>>(StringComparer.Ordinal);
        var last = Add(positions, title, languageKey, 'A', first: 1);
        Add(positions, text, languageKey, 'B', first: last + FieldGap);
        var vector = new StringBuilder();
        foreach (var (key, at) in positions)
        {
            if (vector.Length > 0) vector.Append(' ');
            vector.Append(TsLexeme.Quote(key)).Append(':');
            for (var i = 0; i < at.Count; i++)
            {
                if (i > 0) vector.Append(',');
                vector.Append(at[i].Position.ToString(CultureInfo.InvariantCulture)).Append(at[i].Weight);
            }
        }
        if (vector.Length > 0) vector.Append(' ');
        return vector.Append(TsLexeme.Quote(LanguageLexeme(languageKey))).ToString();
    }

    /// <summary>The field's word keys with their positions from <paramref name="first"/> on.</summary>
    /// <remarks>Words the embedded index drops (longer than its tokenizer takes) take no position there either.</remarks>
    public static IEnumerable<(string Key, int Position)> Keys(string field, string languageKey, int first = 1)
    {
        var position = first;
        foreach (var token in WordTokenizer.Tokenize(field))
        {
            if (token.Text.Length > WatchdogTokenizer.MaxTokenLength) continue;
            yield return (Normalizer.Stem(token.Text, languageKey, token.Capitalised), Math.Min(position++, MaxPosition));
        }
    }

    /// <returns>The position of the field's last word (<paramref name="first"/> - 1 when it has none).</returns>
    private static int Add(Dictionary<string, List<(int, char)>> positions, string field, string languageKey, char weight, int first)
    {
        var last = first - 1;
        foreach (var (key, position) in Keys(field, languageKey, first))
        {
            last = position;
            if (key.Length == 0) continue;
            if (!positions.TryGetValue(key, out var at)) positions[key] = at = [];
            // Words past the last position all share it; PostgreSQL would drop the repeats anyway.
            if (at.Count == 0 || at[^1].Item1 != position) at.Add((position, weight));
        }
        return last;
    }
}
