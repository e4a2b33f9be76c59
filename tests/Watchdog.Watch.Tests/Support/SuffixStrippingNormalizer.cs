using Watchdog.Watch.Matching;

namespace Watchdog.Watch.Tests.Support;

/// <summary>
/// A deterministic stand-in for morphology: strips a few endings per language, so inflected forms meet and the
/// per-language anchor tables are exercised, without depending on the real stemmers.
/// </summary>
public sealed class SuffixStrippingNormalizer : ITermNormalizer
{
    private static readonly Dictionary<string, string[]> WordEndings = new()
    {
        ["ru"] = ["ами", "ы", "а", "у", "и", "ь"],
        ["kk"] = ["ның", "да", "дан", "ға"],
        ["en"] = ["es", "s"],
    };

    private static readonly string[] NameEndings = ["ым", "а", "у"];

    /// <summary>Words this short keep their endings, as a real stemmer would.</summary>
    private const int MinStemLength = 3;

    public string Normalize(string word, string language) =>
        Strip(word.ToLowerInvariant(), WordEndings.GetValueOrDefault(language, []));

    public string NormalizeName(string word, string language) => language == "ru" ? Strip(word.ToLowerInvariant(), NameEndings) : word.ToLowerInvariant();

    private static string Strip(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= MinStemLength && word.EndsWith(ending, StringComparison.Ordinal)) return word[..^ending.Length];
        }
        return word;
    }
}
