namespace Watchdog.Analysis.Languages.Models;

/// <summary>
/// A character language model per language, all in shared tables: the probability of each letter of a
/// word given up to <see cref="Order"/> − 1 letters before it, word boundaries included, so endings and
/// beginnings count (Macedonian -ата, Bulgarian -ът, Serbian -ија). Smoothed by Witten–Bell interpolation,
/// which needs no tuning: a context followed by many different letters leaves more weight to the shorter context.
/// </summary>
internal sealed class CharacterNgramModel
{
    /// <summary>
    /// Longest n-gram, context included. 4, 5 and 6 were equally accurate in cross-validation on the training
    /// text (single words and word pairs cut from held-out folds, within 0.3 points); 4 takes about a third
    /// less time but tipped a plain Russian headline ("Токаев подписал закон о СМИ") to Bulgarian, 5 did not.
    /// </summary>
    public const int Order = 5;

    /// <summary>Words longer than this are scored on their first letters only (no language has such words; URLs and junk do).</summary>
    private const int MaxWordLength = 64;

    /// <summary>Probabilities are multiplied and their log taken once per word, unless the product falls below this (a long word of letters a language never uses).</summary>
    private const double SmallestProduct = 1e-200;

    private readonly int _languages;
    private readonly SymbolAlphabet _alphabet;
    private readonly SparseTable<ulong, float> _ngramCounts;
    private readonly SparseTable<ulong, ContextWeights> _contexts;

    private CharacterNgramModel(int languages, SymbolAlphabet alphabet, SparseTable<ulong, float> ngramCounts, SparseTable<ulong, ContextWeights> contexts)
    {
        _languages = languages;
        _alphabet = alphabet;
        _ngramCounts = ngramCounts;
        _contexts = contexts;
    }

    /// <summary>
    /// Witten–Bell for one context in one language, P(c | context) = count(context c) · <see cref="PerCount"/>
    /// + <see cref="Backoff"/> · P(c | shorter context), with PerCount = 1 / (n + t) and Backoff = t / (n + t),
    /// where n is how often the context occurred and t how many different symbols followed it.
    /// </summary>
    private readonly record struct ContextWeights(float PerCount, float Backoff);

    /// <param name="wordCounts">Per language (by index), how often each word occurred in its training text.</param>
    public static CharacterNgramModel Train(IReadOnlyList<IReadOnlyDictionary<string, int>> wordCounts)
    {
        var characterCounts = new Dictionary<char, long>();
        foreach (var (word, count) in wordCounts.SelectMany(counts => counts))
        {
            foreach (var c in word) characterCounts[c] = characterCounts.GetValueOrDefault(c) + count;
        }
        var alphabet = SymbolAlphabet.FromCharacterCounts(characterCounts);
        var ngramCounts = new List<IReadOnlyDictionary<ulong, float>>();
        var contexts = new List<IReadOnlyDictionary<ulong, ContextWeights>>();
        foreach (var languageWords in wordCounts)
        {
            var counts = new Dictionary<ulong, float>();
            var contextTotals = new Dictionary<ulong, (float Occurrences, float Followers)>();
            foreach (var (word, count) in languageWords)
            {
                var symbols = Encode(alphabet, word);
                for (var end = 1; end < symbols.Length; end++)
                {
                    var packed = 0UL;
                    for (var context = 0; context < Order && context <= end - 1; context++)
                    {
                        var ngram = NgramKey.Ngram(packed, context, symbols[end]);
                        var contextKey = NgramKey.Context(packed, context);
                        var (occurrences, followers) = contextTotals.GetValueOrDefault(contextKey);
                        contextTotals[contextKey] = (occurrences + count, followers + (counts.ContainsKey(ngram) ? 0 : 1));
                        counts[ngram] = counts.GetValueOrDefault(ngram) + count;
                        packed = NgramKey.Extend(packed, context, symbols[end - 1 - context]);
                    }
                }
            }
            ngramCounts.Add(counts);
            contexts.Add(contextTotals.ToDictionary(
                pair => pair.Key,
                pair => new ContextWeights(1 / (pair.Value.Occurrences + pair.Value.Followers), pair.Value.Followers / (pair.Value.Occurrences + pair.Value.Followers))));
        }
        return new CharacterNgramModel(
            wordCounts.Count, alphabet, SparseTable<ulong, float>.Build(ngramCounts), SparseTable<ulong, ContextWeights>.Build(contexts));
    }

    /// <summary>Adds log P(word | language) to each language's entry of <paramref name="logProbabilities"/>.</summary>
    public void AddLogProbabilities(string word, Span<double> logProbabilities)
    {
        Span<byte> symbols = stackalloc byte[Math.Min(word.Length, MaxWordLength) + 2];
        _alphabet.Encode(word.Length > MaxWordLength ? word[..MaxWordLength] : word, symbols);
        Span<double> probabilities = stackalloc double[_languages];
        Span<double> products = stackalloc double[_languages];
        products.Fill(1);
        var uniform = 1.0 / _alphabet.Count;
        for (var end = 1; end < symbols.Length; end++)
        {
            probabilities.Fill(uniform);
            var packed = 0UL;
            for (var context = 0; context < Order && context <= end - 1; context++)
            {
                // A context never seen in any language cannot be the end of a longer one that was.
                var contexts = _contexts.Row(NgramKey.Context(packed, context));
                if (contexts.IsEmpty) break;
                var ngrams = _ngramCounts.Row(NgramKey.Ngram(packed, context, symbols[end]));
                // Both rows list their languages in increasing order, and the n-gram's are a subset of the context's.
                var next = 0;
                foreach (var (language, weights) in contexts)
                {
                    var count = next < ngrams.Length && ngrams[next].Language == language ? ngrams[next++].Value : 0;
                    probabilities[language] = count * weights.PerCount + weights.Backoff * probabilities[language];
                }
                packed = NgramKey.Extend(packed, context, symbols[end - 1 - context]);
            }
            var underflowing = false;
            for (var language = 0; language < _languages; language++) underflowing |= (products[language] *= probabilities[language]) < SmallestProduct;
            if (underflowing) FoldIntoLogs(products, logProbabilities);
        }
        FoldIntoLogs(products, logProbabilities);
    }

    private static void FoldIntoLogs(Span<double> products, Span<double> logProbabilities)
    {
        for (var language = 0; language < products.Length; language++) logProbabilities[language] += Math.Log(products[language]);
        products.Fill(1);
    }

    private static byte[] Encode(SymbolAlphabet alphabet, string word)
    {
        var symbols = new byte[word.Length + 2];
        alphabet.Encode(word, symbols);
        return symbols;
    }
}
