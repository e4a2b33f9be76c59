using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;

namespace Watchdog.Query;

/// <summary>
/// The words of a query term as the tokenizer splits and normalises them, each keeping an upper-case first letter when
/// it was written capitalised: that marks a name, which crosses scripts and is keyed as a name
/// (<see cref="Normalizer.Stem(string, string)"/>).
/// </summary>
public static class QueryWords
{
    public static string[] Of(string text) => [.. Tokenizer.Tokenize(text).Select(token => token.Capitalised ? Capitalise(token.Text) : token.Text)];

    /// <summary>Every word written as a name (a person's name: "иванов" in a person entry is Иванов).</summary>
    public static string[] AsName(string text) => [.. Tokenizer.Words(text).Select(Capitalise)];

    public static bool IsName(string word) => Normalizer.IsCapitalised(word);

    private static string Capitalise(string word) =>
        word.Length == 0 || char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
