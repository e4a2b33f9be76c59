using Watchdog.Analysis.Languages;

namespace Watchdog.Analysis.Tests.Languages;

public class AlphabetFilterTests
{
    private static readonly string[] Cyrillic = ["ru", "uk", "be", "bg", "mk", "sr", "kk", "mn"];

    [Theory]
    [InlineData("ўсе", new[] { "be" })]
    [InlineData("їжак", new[] { "uk" })]
    [InlineData("қала", new[] { "kk" })]
    [InlineData("ђак", new[] { "sr" })]
    [InlineData("ќерка", new[] { "mk" })]
    [InlineData("өдөр", new[] { "kk", "mn" })]
    public void Keeps_only_languages_that_can_spell_a_single_word(string word, string[] expected)
    {
        Assert.Equal(expected, AlphabetFilter.Allowed([word], Cyrillic));
    }

    [Fact]
    public void Tolerates_one_foreign_word_in_a_sentence()
    {
        // A Ukrainian name (ї) quoted in a Russian sentence must not rule Russian out.
        string[] words = ["в", "киеве", "выступил", "сергій", "перед", "журналистами", "сегодня"];
        Assert.Contains("ru", AlphabetFilter.Allowed(words, Cyrillic));
    }

    [Fact]
    public void Keeps_every_candidate_when_no_language_can_spell_the_word()
    {
        Assert.Equal(Cyrillic, AlphabetFilter.Allowed(["ўїђ"], Cyrillic));
    }
}
