namespace Watchdog.Analysis.Languages.Models;

/// <summary>
/// Maps characters to one-byte symbols so that an n-gram packs exactly into a 64-bit <see cref="NgramKey"/>.
/// The most frequent training characters get their own symbol; every other character shares
/// <see cref="Other"/>, which no language was trained on and so favours none.
/// </summary>
internal sealed class SymbolAlphabet
{
    public const byte Other = 0;
    public const byte WordStart = 1;
    public const byte WordEnd = 2;
    private const int FirstCharacterSymbol = 3;
    private const int MaxCharacters = byte.MaxValue + 1 - FirstCharacterSymbol;

    private readonly Dictionary<char, byte> _symbols;

    private SymbolAlphabet(Dictionary<char, byte> symbols) => _symbols = symbols;

    /// <summary>How many distinct symbols a word can be spelt with, boundaries and <see cref="Other"/> included.</summary>
    public int Count => _symbols.Count + FirstCharacterSymbol;

    public static SymbolAlphabet FromCharacterCounts(IReadOnlyDictionary<char, long> counts)
    {
        var symbols = counts
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key)
            .Take(MaxCharacters)
            .Select((pair, index) => (pair.Key, Symbol: (byte)(FirstCharacterSymbol + index)))
            .ToDictionary(pair => pair.Key, pair => pair.Symbol);
        return new SymbolAlphabet(symbols);
    }

    /// <summary>Writes the word's symbols between <see cref="WordStart"/> and <see cref="WordEnd"/> into <paramref name="destination"/> (word length + 2).</summary>
    public void Encode(string word, Span<byte> destination)
    {
        destination[0] = WordStart;
        for (var i = 0; i < word.Length; i++) destination[i + 1] = _symbols.GetValueOrDefault(word[i], Other);
        destination[word.Length + 1] = WordEnd;
    }
}
