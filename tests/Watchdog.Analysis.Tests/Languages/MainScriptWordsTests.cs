using Watchdog.Analysis.Languages.Models;

namespace Watchdog.Analysis.Tests.Languages;

public class MainScriptWordsTests
{
    [Fact]
    public void Drops_latin_brand_names_from_a_cyrillic_headline()
    {
        Assert.Equal(["представила", "новый"], MainScriptWords.Select(["apple", "представила", "новый", "iphone"]));
    }

    [Fact]
    public void Drops_cyrillic_words_from_a_latin_text()
    {
        Assert.Equal(["the", "word", "means", "peace"], MainScriptWords.Select(["the", "word", "мир", "means", "peace"]));
    }

    [Fact]
    public void Keeps_a_single_word_whatever_its_script()
    {
        Assert.Equal(["iphone"], MainScriptWords.Select(["iphone"]));
    }
}
