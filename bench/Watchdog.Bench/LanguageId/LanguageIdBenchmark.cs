using System.Text.Json;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Languages.Evaluation;
using Watchdog.Analysis.Languages.Training;

namespace Watchdog.Bench.LanguageId;

/// <summary>
/// Accuracy per language and kind of Watchdog's detector, of the same detector without its trained model
/// (Lingua + letter rules) and — the baseline — of plain Lingua restricted to the same 13 languages, all in
/// one run; and items/second of each on one thread (<see cref="InterleavedTiming"/>).
/// The detector's accuracy is measured held-out-safe (<see cref="HeldOutEvaluation"/>): test items that are
/// training sentences are labelled by models trained without them.
/// Usage: langid [--every N] (take every N-th item, for a quick run).
/// </summary>
public static class LanguageIdBenchmark
{
    private const string ResultName = "langid";

    private const string Protocol =
        "ours: Lingua + trained model + letter rules; the model is trained on the shipped sentences " +
        "(src/Watchdog.Analysis/Languages/Training). Test items equal to a training sentence are split into " +
        "5 folds and each fold is labelled by a model trained without that fold; all other items (single words, " +
        "word pairs) by the model trained on all shipped text. Model weights were chosen by cross-validation on " +
        "the training sentences alone. withoutModel: the same detector without the trained model. " +
        "unseen: the items whose word sequence occurs nowhere in the training text.";

    public static Task<int> RunAsync(string[] args)
    {
        var every = ReadEvery(args);
        var folder = Path.Combine(BenchPaths.SharedData, "langid");
        var items = LabelledTextFolder.Load(folder).Where((_, index) => index % every == 0).ToList();
        var training = TrainingSentences.All;
        Console.WriteLine($"language id: {items.Count} items from {folder}; {training.Count} training sentences");

        var ours = LanguageDetector.Default;
        var withoutModel = new LanguageDetector(model: null);
        var lingua = LanguageDetector.BuildLingua(LanguageCodes.LinguaLanguages.Values);
        string Baseline(string text)
        {
            var language = lingua.DetectLanguageOf(text);
            return LanguageCodes.ByLinguaLanguage.TryGetValue(language, out var code) ? code : LanguageCodes.Undetermined;
        }

        // Warm up all three (training, JIT, and Lingua's models, which it loads per language on first need
        // and shares between instances: whichever detector met German first would pay for loading German)
        // on a few items of every language and kind, so the timed pass measures detection only.
        var warmUp = items.GroupBy(item => (item.Language, item.Kind)).SelectMany(group => group.Take(20)).ToList();
        foreach (var item in warmUp) { ours.Detect(item.Text); withoutModel.Detect(item.Text); Baseline(item.Text); }

        // Speed only: the shipped model has seen the test sentences, so these answers are not scored.
        var speed = InterleavedTiming.ItemsPerSecond(items, [("ours", ours.Detect), ("withoutModel", withoutModel.Detect), ("lingua", Baseline)]);

        var threads = Environment.ProcessorCount;
        var oursAnswers = HeldOutEvaluation.Answer(items, training, model => new LanguageDetector(model).Detect, threads);
        var withoutModelAnswers = AccuracyReport.Answer(items, withoutModel.Detect, threads);
        var baselineAnswers = AccuracyReport.Answer(items, Baseline, threads);
        var all = new Comparison(
            AccuracyReport.FromAnswers(items, oursAnswers, speed["ours"]),
            AccuracyReport.FromAnswers(items, withoutModelAnswers, speed["withoutModel"]),
            AccuracyReport.FromAnswers(items, baselineAnswers, speed["lingua"]));

        var overlap = new TrainingOverlap(training);
        var unseenIndexes = Enumerable.Range(0, items.Count).Where(i => !overlap.Contains(items[i].Text)).ToList();
        var unseenItems = unseenIndexes.Select(i => items[i]).ToList();
        var unseen = new Comparison(
            AccuracyReport.FromAnswers(unseenItems, [.. unseenIndexes.Select(i => oursAnswers[i])]),
            AccuracyReport.FromAnswers(unseenItems, [.. unseenIndexes.Select(i => withoutModelAnswers[i])]),
            AccuracyReport.FromAnswers(unseenItems, [.. unseenIndexes.Select(i => baselineAnswers[i])]));

        Print(all, unseen);
        Write(all, unseen, items, training, HeldOutEvaluation.TrainingItems(items, training));
        return Task.FromResult(0);
    }

    /// <summary>The three detectors' reports over the same items.</summary>
    private sealed record Comparison(AccuracyReport Ours, AccuracyReport WithoutModel, AccuracyReport Lingua)
    {
        public IEnumerable<string> Kinds => Ours.Cells.Select(cell => cell.Kind).Distinct();

        public int Items(string kind) => Ours.Cells.Where(cell => cell.Kind == kind).Sum(cell => cell.Items);
    }

    private static int ReadEvery(string[] args)
    {
        var index = Array.IndexOf(args, "--every");
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var every) && every > 0 ? every : 1;
    }

    private static void Print(Comparison all, Comparison unseen)
    {
        Console.WriteLine($"{"kind",-13} {"lang",-4} {"ours",7} {"no-model",8} {"lingua",7} {"diff",6} {"und",4}");
        foreach (var cell in all.Ours.Cells)
        {
            var without = all.WithoutModel.Cell(cell.Language, cell.Kind)!;
            var lingua = all.Lingua.Cell(cell.Language, cell.Kind)!;
            Console.WriteLine($"{cell.Kind,-13} {cell.Language,-4} {cell.Accuracy,7:P1} {without.Accuracy,8:P1} {lingua.Accuracy,7:P1} {(cell.Accuracy - lingua.Accuracy) * 100,6:+0.0;-0.0} {cell.Undetermined,4}");
        }
        foreach (var kind in all.Kinds)
        {
            Console.WriteLine($"{kind,-13} all  {all.Ours.KindAccuracy(kind),7:P1} {all.WithoutModel.KindAccuracy(kind),8:P1} {all.Lingua.KindAccuracy(kind),7:P1}");
        }
        foreach (var kind in unseen.Kinds.Where(kind => unseen.Items(kind) > 0))
        {
            Console.WriteLine($"{kind,-13} unseen {unseen.Items(kind),5} items: {unseen.Ours.KindAccuracy(kind),7:P1} {unseen.WithoutModel.KindAccuracy(kind),8:P1} {unseen.Lingua.KindAccuracy(kind),7:P1}");
        }
        Console.WriteLine($"overall            {all.Ours.Overall,7:P1} {all.WithoutModel.Overall,8:P1} {all.Lingua.Overall,7:P1}");
        Console.WriteLine($"items/s (1 thread, interleaved): ours {all.Ours.ItemsPerSecond:F0}, without model {all.WithoutModel.ItemsPerSecond:F0}, lingua {all.Lingua.ItemsPerSecond:F0}; " +
            $"ratio to lingua {all.Ours.ItemsPerSecond / all.Lingua.ItemsPerSecond:F2}, to without model {all.Ours.ItemsPerSecond / all.WithoutModel.ItemsPerSecond:F2}");
    }

    private static void Write(Comparison all, Comparison unseen, IReadOnlyList<LabelledText> items, IReadOnlyList<TrainingSentence> training, int trainingItems)
    {
        var result = new
        {
            benchmark = ResultName,
            items = items.Count,
            baseline = "SearchPioneer.Lingua 2.0.0 restricted to the same 13 languages",
            protocol = Protocol,
            trainingSentences = training.Count,
            testItemsThatAreTrainingSentences = trainingItems,
            overall = new { ours = all.Ours.Overall, withoutModel = all.WithoutModel.Overall, lingua = all.Lingua.Overall },
            itemsPerSecond = new
            {
                timing = "one thread, all items in blocks of 250, the three detectors alternating per block",
                ours = all.Ours.ItemsPerSecond,
                withoutModel = all.WithoutModel.ItemsPerSecond,
                lingua = all.Lingua.ItemsPerSecond,
                ratio = all.Ours.ItemsPerSecond / all.Lingua.ItemsPerSecond,
                ratioToWithoutModel = all.Ours.ItemsPerSecond / all.WithoutModel.ItemsPerSecond,
            },
            byKind = all.Kinds.ToDictionary(kind => kind, kind => new
            {
                items = all.Items(kind),
                ours = all.Ours.KindAccuracy(kind),
                withoutModel = all.WithoutModel.KindAccuracy(kind),
                lingua = all.Lingua.KindAccuracy(kind),
                // Null when every item of the kind is in the training text (the sentences).
                unseen = unseen.Items(kind) == 0 ? null : new
                {
                    items = unseen.Items(kind),
                    ours = unseen.Ours.KindAccuracy(kind),
                    withoutModel = unseen.WithoutModel.KindAccuracy(kind),
                    lingua = unseen.Lingua.KindAccuracy(kind),
                },
            }),
            cells = all.Ours.Cells.Select(cell => new
            {
                cell.Language,
                cell.Kind,
                cell.Items,
                ours = cell.Accuracy,
                withoutModel = all.WithoutModel.Cell(cell.Language, cell.Kind)!.Accuracy,
                lingua = all.Lingua.Cell(cell.Language, cell.Kind)!.Accuracy,
                oursUndetermined = cell.Undetermined,
            }),
        };
        var path = Path.Combine(BenchPaths.Results, $"{ResultName}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {path}");
    }
}
