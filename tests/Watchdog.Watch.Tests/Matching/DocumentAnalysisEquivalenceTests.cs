using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Morphology.Names;
using Watchdog.Analysis.Text;
using Watchdog.Watch.Matching;
using Watchdog.Query;

namespace Watchdog.Watch.Tests.Matching;

/// <summary>
/// The matcher analyses an article its own way (one lookup per written form, <c>AnalysedWords</c>) for speed; this
/// checks that it gives, word by word, what the tokenizer and the normalisers give on their own — which
/// Watchdog.Analysis.Tests pins to a golden file — over every line of the shipped ru/kk/en fixture texts.
/// </summary>
public sealed class DocumentAnalysisEquivalenceTests
{
    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    [InlineData("en")]
    public void Matcher_analysis_equals_the_tokenizer_and_normalisers(string language)
    {
        var normalizer = AnalysisTermNormalizer.Default;
        var lines = ShippedTexts().ToList();
        Assert.True(lines.Count > 100, $"only {lines.Count} fixture lines found");
        foreach (var line in lines)
        {
            var field = MatchDocument.Create(line, "", language, DocumentMetadata.None, normalizer).Title;
            var expected = Tokenizer.Tokenize(line);
            Assert.Equal(expected, field.Tokens);
            var wordKeys = KeyAtEachPosition(field, field.WordForms, TermForm.Word, expected.Count);
            var nameKeys = KeyAtEachPosition(field, field.NameForms, TermForm.Name, expected.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                var token = expected[i];
                Assert.Equal(Normalizer.Stem(token.Text, language, token.Capitalised), wordKeys[i]);
                Assert.Equal(NameNormalizer.Normalize(token.Text), nameKeys[i]);
            }
        }
    }

    private static string[] KeyAtEachPosition(DocumentField field, IEnumerable<string> forms, TermForm kind, int count)
    {
        var keys = new string[count];
        foreach (var form in forms)
        {
            foreach (var position in field.PositionsOf(form, kind))
            {
                Assert.Null(keys[position]); // each position has exactly one key
                keys[position] = form;
            }
        }
        Assert.All(keys, key => Assert.NotNull(key)); // and every position has one
        return keys;
    }

    /// <summary>Every line of the text fixtures Watchdog.Analysis.Tests ships (news, names, morphology tables), copied beside these tests.</summary>
    private static IEnumerable<string> ShippedTexts() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "AnalysisFixtures"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0);
}
