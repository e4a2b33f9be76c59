using FsCheck;
using FsCheck.Xunit;
using Watchdog.Core.Guard;

namespace Watchdog.Guard.Tests.Leaks;

/// <summary>The excerpt shown with a leak finding: bounded, around the first shared passage, cut at words.</summary>
public sealed class LeakExcerptTests
{
    private static readonly string[] Vocabulary = ["паводок", "river", "a", "управлении", "здравоохранения", "source", "confirmed", "x", "documents"];

    private static string Words(int[] picks) => string.Join(' ', picks.Select(p => Vocabulary[Math.Abs(p % Vocabulary.Length)]));

    [Property]
    public bool Excerpt_is_never_longer_than_the_limit(NonNull<string> text, int start, int length)
    {
        var value = text.Get;
        var from = value.Length == 0 ? 0 : Math.Abs(start % (value.Length + 1));
        var span = new LeakSpan(from, from + Math.Abs(length % 1000));
        return LeakExcerpt.Cut(value, span).Length <= LeakExcerpt.MaxLength;
    }

    [Property]
    public bool Excerpt_holds_a_whole_word_passage_that_fits(int[] before, int[] passage, int[] after)
    {
        var head = Words(before);
        var quoted = Words(passage);
        if (quoted.Length == 0 || quoted.Length > 200) return true;
        var text = $"{head} {quoted} {Words(after)}";
        var start = head.Length + 1;
        return LeakExcerpt.Cut(text, new LeakSpan(start, start + quoted.Length)).Contains(quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_text_is_returned_whole_without_ellipsis()
    {
        Assert.Equal("The source confirmed it.", LeakExcerpt.Cut("The source  confirmed\nit.", new LeakSpan(4, 10)));
    }

    [Fact]
    public void Passage_in_the_middle_of_a_long_text_is_marked_as_cut_on_both_sides_at_whole_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("before", 100)) + " THE QUOTED PASSAGE " + string.Join(' ', Enumerable.Repeat("after", 100));
        var start = text.IndexOf("THE", StringComparison.Ordinal);

        var excerpt = LeakExcerpt.Cut(text, new LeakSpan(start, start + "THE QUOTED PASSAGE".Length));

        Assert.StartsWith("…before ", excerpt, StringComparison.Ordinal);
        Assert.EndsWith(" after…", excerpt, StringComparison.Ordinal);
        Assert.Contains("THE QUOTED PASSAGE", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Passage_longer_than_the_limit_shows_its_start()
    {
        var passage = "START " + string.Join(' ', Enumerable.Repeat("word", 200));
        var text = "Lead sentence. " + passage;

        var excerpt = LeakExcerpt.Cut(text, new LeakSpan(15, text.Length));

        Assert.StartsWith("…START word", excerpt, StringComparison.Ordinal);
    }
}
