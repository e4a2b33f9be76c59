using Watchdog.Analysis.Entities;
using Xunit.Abstractions;

namespace Watchdog.Analysis.Tests.Entities;

/// <summary>
/// Extraction quality on the hand-labelled paragraphs: a mention is right when its kind and span equal a gold entity's.
/// The fixture was written alongside the old rule-based extractor; the trained tagger never saw it (neither in training
/// nor in choosing its settings), so it is a small out-of-sample check (F1 0.76 with the shipped models).
/// </summary>
public class ExtractionQualityTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledParagraphs.Paragraph> Paragraphs = LabelledParagraphs.Load();

    [Fact]
    public void Fixture_has_at_least_forty_paragraphs_in_the_three_languages()
    {
        Assert.True(Paragraphs.Count >= 40, $"{Paragraphs.Count} paragraphs");
        Assert.All(new[] { "ru", "kk", "en" }, language => Assert.True(Paragraphs.Count(p => p.Language == language) >= 12, language));
    }

    [Fact]
    public void Exact_span_and_kind_f1_is_at_least_0_7()
    {
        var counts = new Dictionary<EntityKind, (int TruePositive, int Predicted, int Gold)>();
        foreach (var kind in Enum.GetValues<EntityKind>()) counts[kind] = (0, 0, 0);
        foreach (var paragraph in Paragraphs)
        {
            var found = EntityExtractor.Extract(paragraph.Text, paragraph.Language);
            foreach (var kind in Enum.GetValues<EntityKind>())
            {
                var predicted = found.Where(m => m.Kind == kind).Select(m => (m.Start, m.Length)).ToHashSet();
                var gold = paragraph.Entities.Where(g => g.Kind == kind).Select(g => (g.Start, g.Length)).ToHashSet();
                var (tp, p, g) = counts[kind];
                counts[kind] = (tp + predicted.Intersect(gold).Count(), p + predicted.Count, g + gold.Count);
            }
            foreach (var miss in paragraph.Entities.Where(g => !found.Any(m => m.Kind == g.Kind && m.Start == g.Start && m.Length == g.Length)))
                output.WriteLine($"missed {miss.Kind} '{miss.Surface}' [{paragraph.Language}]");
            foreach (var extra in found.Where(m => !paragraph.Entities.Any(g => m.Kind == g.Kind && m.Start == g.Start && m.Length == g.Length)))
                output.WriteLine($"extra  {extra.Kind} '{extra.Surface}' [{paragraph.Language}]");
        }
        foreach (var (kind, (tp, p, g)) in counts) output.WriteLine($"{kind,-12} {Scores(tp, p, g)}");
        var total = (TruePositive: counts.Values.Sum(c => c.TruePositive), Predicted: counts.Values.Sum(c => c.Predicted), Gold: counts.Values.Sum(c => c.Gold));
        output.WriteLine($"{"overall",-12} {Scores(total.TruePositive, total.Predicted, total.Gold)}");
        Assert.True(F1(total.TruePositive, total.Predicted, total.Gold) >= 0.7, Scores(total.TruePositive, total.Predicted, total.Gold));
    }

    private static double F1(int tp, int predicted, int gold) => predicted + gold == 0 ? 1 : 2.0 * tp / (predicted + gold);

    private static string Scores(int tp, int predicted, int gold) =>
        $"precision {(predicted == 0 ? 1 : (double)tp / predicted):F3} recall {(gold == 0 ? 1 : (double)tp / gold):F3} F1 {F1(tp, predicted, gold):F3} ({tp}/{predicted} found, {gold} gold)";
}
