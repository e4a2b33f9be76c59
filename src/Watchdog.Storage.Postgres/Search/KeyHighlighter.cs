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
    /// <summary>Words shown before the first match of a fragment, so it does not start mid-thought.</summary>
    private const int WordsBefore = 4;

    public string Title(string title, string languageKey) =>
        SnippetText.Marked(title, 0, title.Length, Marks(Tokens(title, languageKey, TextField.Title)));

    /// <returns>Up to two fragments around the matched words, or the text's opening when none matched.</returns>
    public string Snippet(string text, string languageKey)
    {
        var tokens = Tokens(text, languageKey, TextField.Text);
        var marks = Marks(tokens);
        var fragments = new List<string>();
        var next = tokens.FindIndex(t => t.Matched);
        while (next >= 0 && fragments.Count < SnippetText.MaxFragments)
        {
            var first = Math.Max(0, next - WordsBefore);
            var start = tokens[first].Start;
            var last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].End - start <= SnippetText.FragmentChars) last++;
            last = Math.Max(last, next);
            fragments.Add(SnippetText.Marked(text, start, tokens[last].End, marks));
            next = tokens.FindIndex(last + 1, t => t.Matched);
        }
        return fragments.Count > 0 ? string.Join(SnippetText.FragmentSeparator, fragments) : HtmlText.Escape(SnippetText.Opening(text));
    }

    private List<(int Start, int End, bool Matched)> Tokens(string field, string languageKey, TextField scope)
    {
        var inField = words.Where(w => w.Field == TextField.Any || w.Field == scope).ToList();
        var keys = inField.Select(w => Normalizer.Stem(w.Word, languageKey)).ToHashSet(StringComparer.Ordinal);
        var prefixes = inField.Where(w => w.IsPrefix).Select(w => w.Word).ToList();
        return [.. WordTokenizer.Tokenize(field).Select(token =>
        {
            var key = Normalizer.Stem(token.Text, languageKey, token.Capitalised);
            var matched = keys.Contains(key) || prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));
            return (token.Start, token.End, matched);
        })];
    }

    /// <summary>The matched tokens as marks (a snippet here is cut by position, so their targets and weights are not used).</summary>
    private static List<Mark> Marks(List<(int Start, int End, bool Matched)> tokens) =>
        [.. tokens.Where(t => t.Matched).Select(t => new Mark("", t.Start, t.End, 0))];
}
