using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Watchdog.Analysis.Tones;
using Watchdog.Analysis.Tones.Training;
using Watchdog.Core.Articles;

namespace Watchdog.Bench.Tone;

/// <summary>
/// Tone classification per language on ../shared/data/nlp/tone: each train.tsv is cut 90/10 (stratified, fixed seed);
/// our model and the naive Bayes baseline are trained on the 90 % and scored on the 10 % dev part in the same run
/// (macro-F1 over positive/negative/neutral). Our model is scored as shipped (8-bit weights). Then the cost at ingest:
/// sentences per second and milliseconds per article of 25 dev sentences, one thread.
/// Usage: tone [--cv] (--cv: also 5-fold cross-validation on the 90 % for a small grid of training settings, to choose them).
/// </summary>
public static class ToneBenchmark
{
    private const string ResultName = "tone";
    public const double DevShare = 0.1;
    public const int SplitSeed = 13;
    private const int Folds = 5;
    private const int SentencesPerArticle = 25;
    private const int CostPasses = 5;

    private static readonly ToneTrainingSettings[] Grid =
    [
        .. new[] { 1e-3f, 3e-3f, 1e-2f }.SelectMany(l2 => new[] { 1, 2, 4 }.SelectMany(epochs => new[] { 0.05f, 0.2f }.Select(rate =>
            ToneTrainingSettings.Default with { L2 = l2, Epochs = epochs, LearningRate = rate }))),
    ];

    public static Task<int> RunAsync(string[] args)
    {
        var crossValidate = args.Contains("--cv");
        var features = ToneFeatureSettings.Default;
        var settings = ToneTrainingSettings.Default;
        var results = new List<object>();
        foreach (var language in ToneClassifier.Languages)
        {
            var file = Path.Combine(BenchPaths.SharedData, "nlp", "tone", language, "train.tsv");
            using var reader = File.OpenText(file);
            var examples = ToneExamples.Read(reader, skipped => Console.Error.WriteLine($"{file}: {skipped}"));
            var (train, dev) = ToneExamples.SplitStratified(examples, DevShare, SplitSeed);
            Console.WriteLine($"tone {language}: {train.Count} train / {dev.Count} dev");

            var grid = crossValidate ? CrossValidate(train, language, features) : null;

            var watch = Stopwatch.StartNew();
            var model = ToneTrainer.Train(train, language, features, settings).Quantised();
            var trainSeconds = watch.Elapsed.TotalSeconds;
            var baseline = NaiveBayesToneBaseline.Train(train);
            var gold = dev.Select(e => e.Tone).ToList();
            var ours = ToneScores.Of(gold, [.. dev.Select(e => model.Classify(e.Text))]);
            var naiveBayes = ToneScores.Of(gold, [.. dev.Select(e => baseline.Classify(e.Text))]);
            Console.WriteLine($"  macro-F1 ours {ours.MacroF1:F3} (acc {ours.Accuracy:F3}), naive Bayes {naiveBayes.MacroF1:F3} (acc {naiveBayes.Accuracy:F3}); trained in {trainSeconds:F1} s");

            var cost = MeasureCost(model, dev);
            Console.WriteLine($"  {cost.SentencesPerSecond:F0} sentences/s; {cost.MillisecondsPerArticle:F2} ms ({cost.CpuMillisecondsPerArticle:F2} ms CPU) per article of {SentencesPerArticle} sentences");
            results.Add(new
            {
                language,
                data = $"real: ../shared/data/nlp/tone/{language}/train.tsv, stratified {1 - DevShare:P0}/{DevShare:P0} split, seed {SplitSeed}",
                trainExamples = train.Count,
                devExamples = dev.Count,
                ours,
                naiveBayes,
                oursOverNaiveBayes = ours.MacroF1 - naiveBayes.MacroF1,
                cost,
                trainSeconds,
                crossValidation = grid,
            });
        }
        Write(features, settings, results);
        return Task.FromResult(0);
    }

    private static object[] CrossValidate(IReadOnlyList<ToneExample> train, string language, ToneFeatureSettings features)
    {
        var folds = ToneExamples.Folds(train, Folds, SplitSeed);
        return
        [
            .. Grid.Select(candidate =>
            {
                var f1 = folds.Select(fold =>
                {
                    var model = ToneTrainer.Train(fold.Train, language, features, candidate);
                    return ToneScores.Of([.. fold.HeldOut.Select(e => e.Tone)], [.. fold.HeldOut.Select(e => model.Classify(e.Text))]).MacroF1;
                }).Average();
                Console.WriteLine($"  cv {candidate.Epochs} epochs, rate {candidate.LearningRate}, L2 {candidate.L2:G2}: macro-F1 {f1:F3}");
                return (object)new { candidate.Epochs, candidate.L2, candidate.LearningRate, folds = Folds, macroF1 = f1 };
            }),
        ];
    }

    /// <param name="CpuMillisecondsPerArticle">Processor time of this process per article: what an article costs at ingest even on a busy machine.</param>
    private sealed record Cost(double SentencesPerSecond, double MillisecondsPerArticle, double CpuMillisecondsPerArticle, int Articles);

    /// <summary>Sentences per second, and the time <see cref="ArticleTone"/> takes on articles glued from dev sentences.</summary>
    private static Cost MeasureCost(ToneModel model, IReadOnlyList<ToneExample> dev)
    {
        var texts = dev.Select(e => e.Text).ToList();
        foreach (var text in texts.Take(200)) model.Classify(text); // JIT and stem caches
        var watch = Stopwatch.StartNew();
        foreach (var text in texts) model.Classify(text);
        var perSecond = texts.Count / watch.Elapsed.TotalSeconds;

        var classifier = new ToneClassifier(language => language == model.Language ? model : null);
        var articles = texts.Chunk(SentencesPerArticle).Where(c => c.Length == SentencesPerArticle).Select(c => string.Join(' ', c)).ToList();
        foreach (var article in articles.Take(5)) ArticleTone.Of("", article, model.Language, classifier);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        // Several passes, so even the small Russian dev part gives a processor time well above the clock's resolution.
        for (var pass = 0; pass < CostPasses; pass++)
            foreach (var article in articles) ArticleTone.Of("", article, model.Language, classifier);
        var wall = watch.Elapsed.TotalMilliseconds;
        var cpuMilliseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var count = Math.Max(1, articles.Count * CostPasses);
        return new Cost(perSecond, wall / count, cpuMilliseconds / count, articles.Count);
    }

    private static void Write(ToneFeatureSettings features, ToneTrainingSettings settings, List<object> results)
    {
        var path = Path.Combine(BenchPaths.Results, ResultName + ".json");
        var json = JsonSerializer.Serialize(new
        {
            benchmark = ResultName,
            date = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            data = "real: ../shared/data/nlp/tone (kk KazSAnDRA reviews; ru RuSentNE-2023 and en NewsMTSC news sentences)",
            metric = "macro-F1 over positive, negative, neutral on the dev part (10 % of train.tsv, never trained on)",
            ours = $"multinomial logistic regression (AdaGrad, inverse-frequency class weights), {features.Describe()}, 8-bit weights as shipped",
            baseline = "multinomial naive Bayes over lower-cased words, add-one smoothing",
            features,
            settings,
            threads = 1,
            results,
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        File.WriteAllText(path, json);
        Console.WriteLine($"wrote {path}");
    }
}
