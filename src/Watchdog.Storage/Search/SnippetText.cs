using System.Text;
using Watchdog.Analysis.Text;

namespace Watchdog.Storage.Search;

/// <summary>A matched span of a text and how much its word counts (<see cref="TermWeights"/>).</summary>
/// <param name="Target">What the query asked for that the span answers (a word, or a prefix for all the words that start with it).</param>
public readonly record struct Mark(string Target, int Start, int End, float Weight);

/// <summary>
/// Cuts a hit's snippet from its text and matched words: the best passages (those holding the most weight of distinct
/// matched words), each starting where a sentence starts — or, deep in a long sentence, at a word a little before the
/// first match — and ending at a sentence or word end, the matches marked and everything else HTML-escaped. Pure. The
/// PostgreSQL store marks and opens its snippets with it too.
/// </summary>
public static class SnippetText
{
    /// <summary>About two lines of a result list.</summary>
    public const int FragmentChars = 160;
    public const int MaxFragments = 2;
    public const string FragmentSeparator = " … ";
    /// <summary>
    /// Words shown before a match that sits deep in a long sentence: enough to read what it is about, few enough that
    /// the match stays on the first line.
    /// </summary>
    private const int LeadChars = 50;

    /// <param name="marks">In text order, not overlapping.</param>
    /// <returns>The best passages in text order, or null when nothing is marked.</returns>
    public static string? Fragments(string text, IReadOnlyList<Mark> marks)
    {
        if (marks.Count == 0) return null;
        var candidates = marks.Select(m => Passage(text, m)).Distinct().Select(p => (Passage: p, Score: Score(p, marks))).ToList();
        var chosen = new List<(int Start, int End)>();
        foreach (var (passage, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Passage.Start))
        {
            if (chosen.Count == MaxFragments) break;
            if (chosen.Exists(c => c.Start < passage.End && passage.Start < c.End)) continue;
            chosen.Add(passage);
        }
        return string.Join(FragmentSeparator, chosen.OrderBy(p => p.Start).Select(p => Marked(text, p.Start, p.End, marks)));
    }

    /// <summary>The whole text with its matches marked (titles), or null when nothing is marked.</summary>
    public static string? Whole(string text, IReadOnlyList<Mark> marks) => marks.Count == 0 ? null : Marked(text, 0, text.Length, marks);

    /// <summary>The opening words of a text, for a hit with nothing to mark in it.</summary>
    public static string Opening(string text)
    {
        if (text.Length <= FragmentChars) return text;
        var cut = text.LastIndexOf(' ', FragmentChars);
        return text[..(cut > 0 ? cut : FragmentChars)] + FragmentSeparator.TrimEnd();
    }

    /// <summary>The passage shown around one match.</summary>
    private static (int Start, int End) Passage(string text, Mark mark)
    {
        var start = SentenceStarts.Before(text, mark.Start, FragmentChars - LeadChars) ?? WordStartAfter(text, mark.Start - LeadChars, mark.Start);
        var limit = Math.Min(text.Length, Math.Max(start + FragmentChars, mark.End));
        return (start, limit == text.Length ? TrimmedEnd(text, limit) : PassageEnd(text, start, mark.End, limit));
    }

    /// <summary>The first word that starts at or after <paramref name="from"/> (but not past <paramref name="limit"/>).</summary>
    private static int WordStartAfter(string text, int from, int limit)
    {
        if (from <= 0) return 0;
        var i = from;
        while (i < limit && !char.IsWhiteSpace(text[i - 1])) i++;
        return i;
    }

    /// <summary>A sentence end within the limit when one is past the match and half a line in; otherwise the last whole word.</summary>
    private static int PassageEnd(string text, int start, int matchEnd, int limit)
    {
        for (var i = limit - 1; i >= Math.Max(matchEnd, start + FragmentChars / 2); i--)
        {
            if (SentenceStarts.IsSentenceEnd(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return i + 1;
        }
        for (var i = limit; i > matchEnd; i--)
        {
            if (char.IsWhiteSpace(text[i])) return TrimmedEnd(text, i);
        }
        return limit;
    }

    private static int TrimmedEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>
    /// The weight of the distinct targets matched inside the passage: a passage with two of the query's words beats one
    /// with the same word twice, or with many words of one prefix.
    /// </summary>
    private static float Score((int Start, int End) passage, IReadOnlyList<Mark> marks) =>
        marks.Where(m => m.Start >= passage.Start && m.End <= passage.End).GroupBy(m => m.Target).Sum(g => g.Max(m => m.Weight));

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, escaped, with the marks inside it marked.</summary>
    /// <param name="marks">In text order, not overlapping.</param>
    public static string Marked(string text, int start, int end, IReadOnlyList<Mark> marks)
    {
        var html = new StringBuilder(end - start + 32);
        var at = start;
        foreach (var mark in marks)
        {
            if (mark.Start < at || mark.End > end) continue;
            html.Append(HtmlText.Escape(text[at..mark.Start])).Append(HtmlText.MarkOpen)
                .Append(HtmlText.Escape(text[mark.Start..mark.End])).Append(HtmlText.MarkClose);
            at = mark.End;
        }
        return html.Append(HtmlText.Escape(text[at..end])).ToString();
    }
}
