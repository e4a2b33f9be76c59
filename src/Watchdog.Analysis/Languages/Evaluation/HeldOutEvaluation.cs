using Watchdog.Analysis.Languages.Models;
using Watchdog.Analysis.Languages.Training;

namespace Watchdog.Analysis.Languages.Evaluation;

/// <summary>
/// Measures a trained detector without ever letting it label a text it was trained on. The shipped training
/// text may include test items verbatim (it is the development half's sentences): those items are split
/// into <see cref="Folds"/> folds and each fold is labelled by a model trained on the training text minus
/// that fold's texts. Every other item (single words, word pairs: different items) is labelled by the model
/// trained on all of it.
/// </summary>
public static class HeldOutEvaluation
{
    public const int Folds = 5;

    /// <param name="detectorFor">Makes the detector under test from a trained model.</param>
    /// <returns>The detector's answer for each item, in the items' order (not timed: <see cref="AccuracyReport.FromAnswers"/> reports them).</returns>
    public static string[] Answer(
        IReadOnlyList<LabelledText> items,
        IReadOnlyList<TrainingSentence> training,
        Func<TrainedLanguageModel, Func<string, string>> detectorFor,
        int threads = 1)
    {
        var trainedTexts = training.Select(sentence => sentence.Text).ToHashSet(StringComparer.Ordinal);
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in items.Select(item => item.Text.Trim()).Where(trainedTexts.Contains))
        {
            foldOf.TryAdd(text, foldOf.Count % Folds);
        }
        var full = detectorFor(TrainedLanguageModel.Train(training));
        var byFold = Enumerable.Range(0, Folds)
            .Select(fold => detectorFor(TrainedLanguageModel.Train(
                training.Where(sentence => !(foldOf.TryGetValue(sentence.Text, out var f) && f == fold)))))
            .ToArray();
        return AccuracyReport.Answer(
            items,
            text => foldOf.TryGetValue(text.Trim(), out var fold) ? byFold[fold](text) : full(text),
            threads);
    }

    /// <summary>How many test items were themselves training sentences (and so were labelled by a model trained without them).</summary>
    public static int TrainingItems(IReadOnlyList<LabelledText> items, IReadOnlyList<TrainingSentence> training)
    {
        var trainedTexts = training.Select(sentence => sentence.Text).ToHashSet(StringComparer.Ordinal);
        return items.Count(item => trainedTexts.Contains(item.Text.Trim()));
    }
}
