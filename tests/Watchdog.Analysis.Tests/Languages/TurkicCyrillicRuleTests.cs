using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Languages;

public class TurkicCyrillicRuleTests
{
    [Fact]
    public void Finds_nothing_in_a_kazakh_sentence()
    {
        Assert.Null(TurkicCyrillicRule.Detect([.. Tokenizer.Words("Қазақстан Республикасының Президенті жаңа заңға қол қойды")]));
    }

    [Fact]
    public void Finds_nothing_in_a_mongolian_sentence()
    {
        Assert.Null(TurkicCyrillicRule.Detect([.. Tokenizer.Words("Монгол улсын Ерөнхийлөгч өнөөдөр айлчлал хийв")]));
    }

    [Fact]
    public void Does_not_judge_a_single_word_by_missing_letters()
    {
        // оның ("his") is Kazakh without any letter Kyrgyz lacks.
        Assert.Null(TurkicCyrillicRule.Detect(["оның"]));
    }

    [Fact]
    public void Does_not_take_a_short_kazakh_sentence_without_its_own_letters_for_tatar()
    {
        // ә (in және) but none of і қ ғ ұ: too few words to judge by what is missing.
        Assert.Null(TurkicCyrillicRule.Detect([.. Tokenizer.Words("Жас және ересек адамдар келді")]));
    }

    [Fact]
    public void Tatar_zhe_is_decisive_even_in_one_word()
    {
        Assert.Equal("tt", TurkicCyrillicRule.Detect(["җир"]));
    }
}
