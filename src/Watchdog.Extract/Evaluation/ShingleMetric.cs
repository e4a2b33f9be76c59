using System.Text.RegularExpressions;

namespace Watchdog.Extract.Evaluation;

/// <summary>
/// The article-extraction-benchmark metric, reimplemented exactly (see the data folder's README):
/// tokens are maximal runs of letters, digits or underscore; texts are compared as multisets of
/// 4-token shingles.
/// </summary>
public static partial class ShingleMetric
{
    /// <summary>Tokens per shingle; texts shorter than this form one shingle of all their tokens.</summary>
    public const int ShingleSize = 4;

    // Not \w: in .NET that also takes combining marks, which the reference tokeniser does not.
    [GeneratedRegex(@"[\p{L}\p{N}_]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var matches = TokenPattern().Matches(text);
        var tokens = new string[matches.Count];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = matches[i].Value;
        return tokens;
    }

    /// <summary>Shingles with their multiplicity; keys join the tokens with a separator no token contains.</summary>
    public static Dictionary<string, int> CountShingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return counts;
        var shingleCount = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var start = 0; start < shingleCount; start++)
        {
            var length = Math.Min(ShingleSize, tokens.Count - start);
            var key = string.Join('\u0001', tokens.Skip(start).Take(length));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Scores one page: shingle overlap counts and whether the token lists are identical.</summary>
    public static PageScore ScorePage(string truth, string prediction)
    {
        var truthTokens = Tokenize(truth);
        var predictedTokens = Tokenize(prediction);
        var truthShingles = CountShingles(truthTokens);
        var predictedShingles = CountShingles(predictedTokens);

        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (shingle, predictedCount) in predictedShingles)
        {
            var truthCount = truthShingles.GetValueOrDefault(shingle);
            truePositives += Math.Min(truthCount, predictedCount);
            falsePositives += Math.Max(0, predictedCount - truthCount);
        }
        foreach (var (shingle, truthCount) in truthShingles)
        {
            falseNegatives += Math.Max(0, truthCount - predictedShingles.GetValueOrDefault(shingle));
        }
        var exact = truthTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal);
        return new PageScore(truePositives, falsePositives, falseNegatives, exact);
    }
}
