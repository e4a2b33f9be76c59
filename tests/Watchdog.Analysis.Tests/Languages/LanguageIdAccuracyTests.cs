using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Languages.Evaluation;
using Watchdog.Analysis.Languages.Training;
using Watchdog.Analysis.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Analysis.Tests.Languages;

/// <summary>
/// Quality gate: accuracy per language and kind on the shared language-id test set must not fall below the
/// floors in Fixtures/Languages/langid-floors.tsv (measured values, rounded down to the half percent).
/// Measured as the langid benchmark does (<see cref="HeldOutEvaluation"/>): the shipped training text is the
/// set's sentences, so each sentence is labelled by a model trained without it.
/// </summary>
[Trait("Category", "Quality")]
public class LanguageIdAccuracyTests
{
    private static readonly Lazy<AccuracyReport> Report = new(() =>
    {
        var items = LabelledTextFolder.Load(TestPaths.SharedDataPath("langid"));
        var answers = HeldOutEvaluation.Answer(items, TrainingSentences.All, model => new LanguageDetector(model).Detect, Environment.ProcessorCount);
        return AccuracyReport.FromAnswers(items, answers);
    });

    public static TheoryData<string, string, string> Floors()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in FixtureTable.Read("Languages/langid-floors.tsv")) data.Add(row[0], row[1], row[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Floors))]
    public void Accuracy_stays_at_or_above_its_floor(string kind, string language, string floor)
    {
        var cell = Report.Value.Cell(language, kind);
        Assert.NotNull(cell);
        Assert.True(cell.Accuracy >= double.Parse(floor, System.Globalization.CultureInfo.InvariantCulture),
            $"{language}/{kind}: {cell.Accuracy:P1} < floor {floor}");
    }

    [Fact]
    public void Every_language_and_kind_of_the_test_set_has_a_floor()
    {
        var floored = FixtureTable.Read("Languages/langid-floors.tsv").Select(row => (row[0], row[1])).ToHashSet();
        Assert.All(Report.Value.Cells, cell => Assert.Contains((cell.Kind, cell.Language), floored));
    }
}
