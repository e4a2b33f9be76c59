using Watchdog.Analysis.Morphology;
using Watchdog.Storage.Search;
using Watchdog.Query;
using WordTokenizer = Watchdog.Analysis.Text.Tokenizer;

namespace Watchdog.Storage.Postgres.Search;

/// <summary>A positive word of a search query as the expander wrote it, with the field it was asked in.</summary>
internal sealed record HighlightedWord(TextField Field, string Word, bool IsPrefix);

/// <summary>
/// Marks the words of a hit that the query matched, by the same keys the index holds: a word of the title or text is
/// marked when its key (in the hit's language) is the key of a query word asked in that field, or starts with a query
/// prefix. The database cannot do this (its highlighter knows only its own dictionaries), so snippets are made here.
/// </summary>
internal sealed class KeyHighlighter(IReadOnlyList<HighlightedWord> words)
{
    /// <summary>
    /// Every distinct matched word counts the same: the database gives no document frequencies here, so a passage is
    /// chosen by how many of the query's words it holds (the embedded store weighs rare words more).
    /// </summary>
    private const float MatchWeight = 1f;

    public string Title(string title, string languageKey) =>
        SnippetText.Marked(title, 0, title.Length, Marks(title, languageKey, TextField.Title));

    /// <returns>Up to two passages around the matched words (cut as the embedded store cuts them), or the text's opening when none matched.</returns>
    public string Snippet(string text, string languageKey) =>
        SnippetText.Fragments(text, Marks(text, languageKey, TextField.Text)) ?? HtmlText.Escape(SnippetText.Opening(text));

    /// <summary>The field's words whose key is a query word's key asked in this field, or starts with one of its prefixes.</summary>
    private List<Mark> Marks(string field, string languageKey, TextField scope)
    {
        var inField = words.Where(w => w.Field == TextField.Any || w.Field == scope).ToList();
        var keys = inField.Where(w => !w.IsPrefix).Select(w => Normalizer.Stem(w.Word, languageKey)).ToHashSet(StringComparer.Ordinal);
        var prefixes = inField.Where(w => w.IsPrefix).Select(w => w.Word).ToList();
        var marks = new List<Mark>();
        foreach (var token in WordTokenizer.Tokenize(field))
        {
            var key = Normalizer.Stem(token.Text, languageKey, token.Capitalised);
            var target = keys.Contains(key) ? key : prefixes.Find(prefix => key.StartsWith(prefix, StringComparison.Ordinal)) is { } prefix ? prefix + "*" : null;
            if (target is not null) marks.Add(new Mark(target, token.Start, token.End, MatchWeight));
        }
        return marks;
    }
}
