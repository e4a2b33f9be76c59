using FsCheck;
using FsCheck.Xunit;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Text;

public class TokenizerPropertyTests
{
    [Property]
    public bool Tokens_are_ordered_non_overlapping_spans_inside_the_text(NonNull<string> input)
    {
        var text = input.Get;
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Start < previousEnd || token.Length <= 0 || token.End > text.Length) return false;
            previousEnd = token.End;
        }
        return true;
    }

    [Property]
    public bool Normalizing_twice_changes_nothing(NonNull<string> input)
    {
        var once = WordNormalizer.Normalize(input.Get);
        return WordNormalizer.Normalize(once) == once;
    }
}
