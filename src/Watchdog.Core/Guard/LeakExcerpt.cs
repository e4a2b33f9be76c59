namespace Watchdog.Core.Guard;

/// <summary>Cuts the short piece of an article shown with a finding: the first shared passage with some context around it.</summary>
public static class LeakExcerpt
{
    /// <summary>Enough for a paragraph's worth of the passage to recognise it, short enough for a list row or a log line.</summary>
    public const int MaxLength = 300;

    private const string Ellipsis = "…";

    /// <summary>
    /// Centres the span in at most <see cref="MaxLength"/> characters (a longer span shows its start), widened or narrowed
    /// to whole words, with an ellipsis where the text goes on. Whitespace runs become single spaces.
    /// </summary>
    public static string Cut(string text, LeakSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var budget = MaxLength - 2 * Ellipsis.Length;
        var context = Math.Max(0, (budget - (end - start)) / 2);
        var from = Math.Max(0, start - context);
        var to = Math.Min(text.Length, from + budget);
        from = Math.Max(0, Math.Min(from, to - budget));
        from = WordStartAtOrAfter(text, from);
        to = WordEndAtOrBefore(text, to, from);
        var piece = string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (from > 0 ? Ellipsis : "") + piece + (to < text.Length ? Ellipsis : "");
    }

    /// <summary>A cut inside a word moves forward past it; a cut at the text's start stays.</summary>
    private static int WordStartAtOrAfter(string text, int index)
    {
        if (index == 0 || char.IsWhiteSpace(text[index - 1])) return index;
        var next = index;
        while (next < text.Length && !char.IsWhiteSpace(text[next])) next++;
        // One word longer than the whole excerpt: cut inside it rather than show nothing.
        return next < text.Length ? next : index;
    }

    private static int WordEndAtOrBefore(string text, int index, int floor)
    {
        if (index == text.Length || char.IsWhiteSpace(text[index])) return index;
        var previous = index;
        while (previous > floor && !char.IsWhiteSpace(text[previous - 1])) previous--;
        return previous > floor ? previous : index;
    }
}
