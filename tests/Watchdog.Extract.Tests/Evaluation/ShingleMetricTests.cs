using Watchdog.Extract.Evaluation;

namespace Watchdog.Extract.Tests.Evaluation;

public class ShingleMetricTests
{
    [Fact]
    public void Tokens_are_runs_of_letters_digits_and_underscore_with_case_kept()
    {
        Assert.Equal(["Hello", "world", "don", "t", "x_1", "2024"], ShingleMetric.Tokenize("Hello, world! don't x_1 — 2024."));
    }

    [Fact]
    public void Combining_marks_split_tokens_because_they_are_not_letters()
    {
        // "e" + COMBINING ACUTE ACCENT + "x": the mark is \p{M}, outside [\p{L}\p{N}_].
        Assert.Equal(["e", "x"], ShingleMetric.Tokenize("e\u0301x"));
    }

    [Fact]
    public void Cyrillic_and_kazakh_letters_are_token_characters()
    {
        Assert.Equal(["Қазақстан", "Россия"], ShingleMetric.Tokenize("Қазақстан—Россия"));
    }

    // Hand-computed: truth and prediction shingles listed in each comment.
    [Theory]
    // [one two three four] [two three four five] on both sides.
    [InlineData("one two three four five", "one  two, three four five", 2, 0, 0, 1.0, 1.0)]
    // Truth [a b c d] [b c d e]; prediction [a b c d]: the missing tail costs recall only.
    [InlineData("a b c d e", "a b c d", 1, 0, 1, 1.0, 0.5)]
    // Texts under four tokens are one shingle each: [hello world] vs [hello world again].
    [InlineData("hello world", "hello world again", 0, 1, 1, 0.0, 0.0)]
    // Multiplicity: truth has [x y z w] twice plus [y z w x] [z w x y] [w x y z]; prediction [x y z w] once.
    [InlineData("x y z w x y z w", "x y z w", 1, 0, 4, 1.0, 0.2)]
    // Truth [a b c d]; prediction [a b c d] [b c d e] [c d e f]: extra text costs precision only.
    [InlineData("a b c d", "a b c d e f", 1, 2, 0, 1.0 / 3, 1.0)]
    public void Shingle_counts_and_page_scores_match_hand_computation(
        string truth, string prediction, int truePositives, int falsePositives, int falseNegatives, double precision, double recall)
    {
        var score = ShingleMetric.ScorePage(truth, prediction);

        Assert.Equal((truePositives, falsePositives, falseNegatives), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.Equal(precision, score.Precision, 10);
        Assert.Equal(recall, score.Recall, 10);
    }

    [Fact]
    public void Exact_match_ignores_punctuation_and_spacing_but_not_case()
    {
        Assert.True(ShingleMetric.ScorePage("One two, three.", "One  two three").ExactMatch);
        Assert.False(ShingleMetric.ScorePage("One two three", "one two three").ExactMatch);
    }

    [Fact]
    public void Empty_prediction_scores_zero_and_does_not_count_for_precision()
    {
        var score = ShingleMetric.ScorePage("a b c d e", "");
        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.False(score.CountsForPrecision);
        Assert.True(score.CountsForRecall);
    }

    [Fact]
    public void Both_empty_is_a_perfect_exact_match_that_counts_for_neither_mean()
    {
        var score = ShingleMetric.ScorePage("", "...");
        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
        Assert.True(score.ExactMatch);
        Assert.False(score.CountsForPrecision);
        Assert.False(score.CountsForRecall);
    }
}
