using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Splits_words_on_spaces_and_punctuation_with_their_offsets()
    {
        const string text = "Привет, мир! Hello-world";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["привет", "мир", "hello", "world"], tokens.Select(token => token.Text));
        Assert.All(tokens, token => Assert.Equal(token.Text, text.Substring(token.Start, token.Length).ToLowerInvariant()));
    }

    [Fact]
    public void Lower_cases_and_folds_yo_to_ye()
    {
        Assert.Equal(["елка", "еж"], Tokenizer.Words("ЁЛКА Ёж"));
    }

    [Fact]
    public void Keeps_a_word_whole_across_a_soft_hyphen_and_spans_it_in_the_offsets()
    {
        const string text = "уни\u00ADверситет";
        var token = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal("университет", token.Text);
        Assert.Equal(text.Length, token.Length);
    }

    [Theory]
    [InlineData("м’ясо")]
    [InlineData("мʼясо")]
    [InlineData("м`ясо")]
    [InlineData("м'ясо")]
    public void Unifies_apostrophe_variants_inside_a_word(string word)
    {
        Assert.Equal(["м'ясо"], Tokenizer.Words(word));
    }

    [Fact]
    public void Drops_an_apostrophe_that_is_only_a_quote()
    {
        Assert.Equal(["word"], Tokenizer.Words("'word'"));
    }

    [Fact]
    public void Rewrites_latin_lookalikes_inside_a_cyrillic_word()
    {
        // "Кaзaкcтaн" typed with Latin a and c; "бiлiм" with Latin i (common in Kazakh text).
        Assert.Equal(["казакстан", "білім"], Tokenizer.Words("Кaзaкcтaн бiлiм"));
    }

    [Fact]
    public void Rewrites_cyrillic_lookalikes_inside_a_latin_word()
    {
        Assert.Equal(["coca"], Tokenizer.Words("Cоca"));
    }

    [Fact]
    public void Composes_decomposed_letters_and_removes_stress_marks()
    {
        Assert.Equal(["йод", "замок"], Tokenizer.Words("и\u0306од за\u0301мок"));
    }

    [Fact]
    public void Returns_no_tokens_for_text_without_words()
    {
        Assert.Empty(Tokenizer.Tokenize(" — !!! ... "));
    }

    [Fact]
    public void Keeps_digits_as_words()
    {
        Assert.Equal(["2024", "год"], Tokenizer.Words("2024 год"));
    }
}
