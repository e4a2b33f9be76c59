using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Languages.Evaluation;
using Watchdog.Analysis.Languages.ShortTexts;
using Watchdog.Testing;

namespace Watchdog.Analysis.Tests.Languages;

/// <summary>
/// Short texts are scored with every n-gram order over compact copies of Lingua's models (<see cref="CompactLingua"/>)
/// so that Lingua's own 1–5-gram dictionaries (≈ 245 MB) are never loaded: it must give exactly the confidences Lingua
/// gives, or the memory saving would have changed detected languages.
/// </summary>
public class CompactLinguaTests
{
    private static readonly Lingua.LanguageDetector Full = LanguageDetector.BuildLingua(LanguageCodes.LinguaLanguages.Values);
    private static readonly Lingua.LanguageDetector Trigrams = LanguageDetector.BuildLinguaTrigrams(LanguageCodes.LinguaLanguages.Values);
    private static readonly CompactLingua Compact = new(Trigrams, NgramTables.Shipped);

    [Fact]
    public void Gives_Lingua_s_confidences_to_words_pairs_and_sentences_of_every_language()
    {
        var items = LabelledTextFolder.Load(TestPaths.SharedDataPath("langid"))
            .GroupBy(item => (item.Language, item.Kind))
            .SelectMany(group => group.Take(40))
            .Select(item => item.Text)
            .ToList();
        // The same with what Lingua strips (digits, punctuation, case, runs of spaces), and two scripts in one text.
        var texts = items
            .Concat(items.Take(200).Select(text => $"«{text.ToUpperInvariant()}»,  2024 — ok!"))
            .Concat(["Алматы Almaty", "ok", "x", "", "  ", "123 !", "Ұлттық банк", "Österreich über alles", "Ђорђе", "ĞİŞ", "日本 text"])
            .ToList();
        Assert.True(texts.Count > 1500, $"{texts.Count} texts");

        foreach (var text in texts)
        {
            var expected = Full.ComputeLanguageConfidenceValues(text).ToDictionary(pair => pair.Key, pair => pair.Value);
            Assert.Equal(expected, Compact.ComputeLanguageConfidenceValues(text));
        }
    }

    /// <summary>
    /// Article-length texts too are scored over the compact tables (Lingua's own trigram dictionaries, ≈ 17 MB, are never
    /// loaded): from <see cref="LinguaTrigramText.TrigramOnlyChars"/> cleaned characters they must get the very confidences
    /// of Lingua's trigram-only detector, which scored them before.
    /// </summary>
    [Fact]
    public void Gives_Lingua_s_trigram_confidences_to_article_length_texts()
    {
        var sentences = LabelledTextFolder.Load(TestPaths.SharedDataPath("langid")).Where(item => item.Kind == "sentences").ToList();
        var paragraphs = sentences
            .GroupBy(item => item.Language)
            .SelectMany(language => language.Select(item => item.Text).Chunk(4).Take(30).Select(chunk => string.Join(' ', chunk)))
            .ToList();
        // Longer ones cut as the detector cuts them, the same shouted with digits and punctuation, and two scripts in one.
        var texts = paragraphs
            .Concat(paragraphs.Chunk(3).Select(chunk => string.Join(' ', chunk)[..Math.Min(500, string.Join(' ', chunk).Length)]))
            .Concat(paragraphs.Take(100).Select(text => $"«{text.ToUpperInvariant()}», 2024 — 15 %!"))
            .Where(text => LinguaTrigramText.CleanedLength(text) >= LinguaTrigramText.TrigramOnlyChars)
            .ToList();
        Assert.True(texts.Count > 500, $"{texts.Count} texts");

        foreach (var text in texts)
        {
            var expected = Trigrams.ComputeLanguageConfidenceValues(text).ToDictionary(pair => pair.Key, pair => pair.Value);
            Assert.Equal(expected, Compact.ComputeLanguageConfidenceValues(text));
        }
    }

    [Fact]
    public void Finds_Lingua_s_probabilities_and_nothing_else()
    {
        var table = NgramTable.FromJson("""{"language":"ENGLISH","ngrams":{"1/4":"ab cd","3/8":"ba"}}"""u8.ToArray(), 2);

        Assert.Equal(0.25, table.Probability("ab"));
        Assert.Equal(0.25, table.Probability("cd"));
        Assert.Equal(0.375, table.Probability("ba"));
        Assert.Equal(0, table.Probability("ac"));
        Assert.Equal(0, table.Probability("a"));
        Assert.Equal(0, table.Probability("zz"));
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void Holds_every_model_of_the_13_languages_in_a_fraction_of_Lingua_s_memory()
    {
        var tables = new NgramTables(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"));
        var loaded = LanguageCodes.LinguaLanguages.Values.SelectMany(language => Enumerable.Range(1, 5).Select(order => tables.Table(language, order))).ToList();

        Assert.All(loaded, table => Assert.True(table.Count > 0));
        // Lingua's dictionaries of the orders other than trigrams held ≈ 245–340 MB (bench/results/memory.json).
        Assert.InRange(tables.LoadedBytes, 1, 60L * 1024 * 1024);
    }
}
