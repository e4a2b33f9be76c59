using System.Net;
using System.Text;
using Watchdog.Analysis.Text;
using Watchdog.Core.Watching;

namespace Watchdog.Watch.Matching;

/// <summary>Cuts the stretches of text around matched words and marks the words, for alerts and explanations.</summary>
public static class PassageBuilder
{
    /// <summary>Characters of context kept on each side of a match: about a line, enough to read the mention in context.</summary>
    public const int ContextChars = 80;

    /// <summary>More passages than this make an alert long without saying more.</summary>
    public const int MaxPassages = 3;

    public static IReadOnlyList<AlertPassage> Build(MatchDocument document, IEnumerable<TokenSpan> matches)
    {
        var passages = new List<AlertPassage>();
        foreach (var group in matches.GroupBy(span => span.Field).OrderBy(group => group.Key))
        {
            var field = document.Field(group.Key);
            var marks = MergeRanges(group.Select(span => (field.Tokens[span.First].Start, field.Tokens[span.Last].End)));
            foreach (var window in Windows(field.Text, marks))
            {
                if (passages.Count == MaxPassages) return passages;
                passages.Add(Passage(group.Key, field.Text, window, marks));
            }
        }
        return passages;
    }

    private static List<(int Start, int End)> MergeRanges(IEnumerable<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            else merged.Add(range);
        }
        return merged;
    }

    /// <summary>
    /// Around each match: from the start of its sentence when that is within <see cref="ContextChars"/> (a passage
    /// starting mid-sentence reads as a fragment), else from the word about that far before it; to a word end after it.
    /// </summary>
    private static List<(int Start, int End)> Windows(string text, List<(int Start, int End)> marks) =>
        MergeRanges(marks.Select(mark => (
            SentenceStarts.Before(text, mark.Start, ContextChars) ?? WordStartBefore(text, mark.Start - ContextChars),
            WordEndAfter(text, mark.End + ContextChars))));

    private static int WordStartBefore(string text, int index)
    {
        if (index <= 0) return 0;
        while (index < text.Length && !char.IsWhiteSpace(text[index - 1])) index++;
        return Math.Min(index, text.Length);
    }

    private static int WordEndAfter(string text, int index)
    {
        if (index >= text.Length) return text.Length;
        while (index > 0 && !char.IsWhiteSpace(text[index])) index--;
        return index;
    }

    private static AlertPassage Passage(DocumentFieldName field, string text, (int Start, int End) window, List<(int Start, int End)> marks)
    {
        var highlighted = new StringBuilder();
        var at = window.Start;
        foreach (var (start, end) in marks.Where(m => m.Start >= window.Start && m.End <= window.End))
        {
            highlighted.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        highlighted.Append(WebUtility.HtmlEncode(text[at..window.End]));
        var fieldName = field == DocumentFieldName.Title ? "title" : "text";
        return new AlertPassage(fieldName, window.Start, window.End - window.Start, text[window.Start..window.End], highlighted.ToString());
    }
}
