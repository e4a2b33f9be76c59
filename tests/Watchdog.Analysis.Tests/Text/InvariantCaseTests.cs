using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Text;

public sealed class InvariantCaseTests
{
    [Fact]
    public void Lower_case_is_the_runtimes_for_every_character()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => InvariantCase.ToLower(c) != char.ToLowerInvariant(c)).Take(5).Select(c => $"U+{(int)c:X4}").ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData('Ә', 'ә')]
    [InlineData('Ё', 'ё')]
    [InlineData('Ӏ', 'ӏ')]
    [InlineData('Ұ', 'ұ')]
    [InlineData('Q', 'q')]
    public void Folds_the_capitals_of_ru_kk_en_text(char capital, char lower) => Assert.Equal(lower, InvariantCase.ToLower(capital));
}
