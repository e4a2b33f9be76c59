using Lucene.Net.Analysis.TokenAttributes;
using Watchdog.Analysis.Indexing;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Indexing;

/// <summary>
/// The index must hold exactly the words the rest of Watchdog sees: the Lucene tokenizer reads words one at a time
/// (no token list per field) and must give <see cref="Tokenizer.Tokenize"/>'s tokens, offsets and capitalisation.
/// </summary>
public class WatchdogTokenizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ,.;  ")]
    [InlineData("Кеше Алматыда жаңа мектеп ашылды. O'Brien, м’ясо и Нур-Султан: 3.5 %!")]
    [InlineData("The bank's profits\u00ADwere up; NATO и ООН — 2024 год.\nВторая строка с ё и Ё.")]
    [InlineData("a\u0301b c\u200Bd 😀 word")]
    public void Gives_the_tokens_of_the_word_tokenizer(string text)
    {
        var expected = Tokenizer.Tokenize(text)
            .Where(token => token.Text.Length <= WatchdogTokenizer.MaxTokenLength)
            .Select(token => (token.Text, token.Start, token.End, token.Capitalised ? WatchdogTokenizer.CapitalisedFlag : 0))
            .ToList();

        Assert.Equal(expected, Read(text));
        Assert.Equal(expected, Read(text)); // reused, as Lucene reuses it field after field
    }

    [Fact]
    public void Leaves_out_words_longer_than_Lucene_keeps()
    {
        var text = $"short {new string('x', WatchdogTokenizer.MaxTokenLength + 1)} word";

        Assert.Equal(["short", "word"], Read(text).Select(token => token.Term));
    }

    private static readonly WatchdogTokenizer Reused = new(new StringReader(""));

    private static List<(string Term, int Start, int End, int Flags)> Read(string text)
    {
        Reused.SetReader(new StringReader(text));
        var term = Reused.GetAttribute<ICharTermAttribute>();
        var offset = Reused.GetAttribute<IOffsetAttribute>();
        var flags = Reused.GetAttribute<IFlagsAttribute>();
        var tokens = new List<(string, int, int, int)>();
        Reused.Reset();
        while (Reused.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, flags.Flags));
        Reused.End();
        Reused.Dispose();
        return tokens;
    }
}
