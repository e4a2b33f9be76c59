namespace Watchdog.Bench.Matching;

/// <summary>
/// A made-up vocabulary for one language: stems from that language's letters with its real inflection endings,
/// drawn with a Zipf distribution as words in news text are, so the stemmers and the prefilter see realistic input.
/// </summary>
internal sealed class SyntheticLanguage
{
    /// <summary>Zipf exponent of word frequencies in natural text (about 1).</summary>
    private const double ZipfExponent = 1.0;

    private readonly string[] _endings;
    private readonly double[] _cumulative;

    public SyntheticLanguage(string code, string consonants, string vowels, string[] endings, int vocabularySize, Random random)
    {
        Code = code;
        _endings = endings;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        while (stems.Count < vocabularySize) stems.Add(Stem(consonants, vowels, random));
        Stems = [.. stems];
        _cumulative = new double[vocabularySize];
        var total = 0.0;
        for (var rank = 0; rank < vocabularySize; rank++) _cumulative[rank] = total += 1 / Math.Pow(rank + 1, ZipfExponent);
        for (var rank = 0; rank < vocabularySize; rank++) _cumulative[rank] /= total;
    }

    public string Code { get; }
    public string[] Stems { get; }

    /// <summary>A word as it appears in text: a Zipf-distributed stem with a random ending.</summary>
    public string TextWord(Random random) => Inflect(Stems[ZipfRank(random)], random);

    /// <summary>A word a query would use: from the less common part of the vocabulary, as people watch for specific words.</summary>
    public string QueryStem(Random random) => Stems[random.Next(Stems.Length / 50, Stems.Length)];

    public string Inflect(string stem, Random random) => stem + _endings[random.Next(_endings.Length)];

    private int ZipfRank(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    private static string Stem(string consonants, string vowels, Random random)
    {
        var syllables = random.Next(2, 4);
        var chars = new char[syllables * 2];
        for (var i = 0; i < syllables; i++)
        {
            chars[2 * i] = consonants[random.Next(consonants.Length)];
            chars[2 * i + 1] = vowels[random.Next(vowels.Length)];
        }
        return new string(chars) + consonants[random.Next(consonants.Length)];
    }

    public static SyntheticLanguage[] CreateAll(int vocabularySize, Random random) =>
    [
        new("ru", "бвгдзклмнпрстфхцчшщ", "аеиоуыя", ["", "а", "у", "ом", "ы", "ах", "ами", "е", "ов"], vocabularySize, random),
        new("kk", "бгғджзйкқлмнңпрстшх", "аәеиоөұүыі", ["", "да", "дан", "ға", "лар", "ның", "ы", "мен", "ге"], vocabularySize, random),
        new("en", "bcdfghklmnprstvw", "aeiou", ["", "s", "ed", "ing", "er", "'s"], vocabularySize, random),
    ];
}
