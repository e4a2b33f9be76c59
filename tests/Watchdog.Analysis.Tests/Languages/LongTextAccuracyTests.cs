using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Languages.Evaluation;
using Watchdog.Testing;

namespace Watchdog.Analysis.Tests.Languages;

/// <summary>
/// Article-length texts take the detector's cheaper path (<see cref="LanguageDetector.LongTextChars"/>): it must stay as
/// accurate as the full models are on them. Consecutive test sentences of one language are joined into paragraphs.
/// </summary>
[Trait("Category", "Quality")]
public class LongTextAccuracyTests
{
    [Fact]
    public void Paragraphs_are_detected_at_least_as_well_as_single_sentences()
    {
        var paragraphs = LabelledTextFolder.Load(TestPaths.SharedDataPath("langid"))
            .Where(item => item.Kind == "sentences")
            .GroupBy(item => item.Language)
            .SelectMany(language => Paragraphs(language.Select(item => item.Text)).Select(text => (Language: language.Key, Text: text)))
            .ToList();
        Assert.All(paragraphs, p => Assert.True(p.Text.Length >= LanguageDetector.LongTextChars));

        var wrong = paragraphs.Where(p => LanguageDetector.Default.Detect(p.Text) != p.Language).ToList();

        var accuracy = 1 - wrong.Count / (double)paragraphs.Count;
        Assert.True(accuracy >= 0.995, $"{accuracy:P2} of {paragraphs.Count} paragraphs; wrong: {string.Join(", ", wrong.Take(5).Select(w => w.Language))}");
    }

    private static IEnumerable<string> Paragraphs(IEnumerable<string> sentences)
    {
        var paragraph = "";
        foreach (var sentence in sentences)
        {
            paragraph = paragraph.Length == 0 ? sentence : $"{paragraph} {sentence}";
            if (paragraph.Length < LanguageDetector.LongTextChars) continue;
            yield return paragraph;
            paragraph = "";
        }
    }
}
