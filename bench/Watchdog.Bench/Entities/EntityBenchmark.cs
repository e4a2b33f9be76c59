using System.Diagnostics;
using System.Text.Json;
using Watchdog.Analysis.Entities;
using Watchdog.Analysis.Entities.Tagging;

namespace Watchdog.Bench.Entities;

/// <summary>
/// Entity-level F1 (exact span and type, conlleval-style) of the shipped entity models on the dev parts of
/// ../shared/data/nlp/ner, beside a memorising baseline trained on the same train parts in the same run, and the cost
/// of tagging: tokens per second and milliseconds per article-sized text (dev sentences joined into ~3,000 characters).
/// Usage: entities (no options).
/// </summary>
public static class EntityBenchmark
{
    private const string ResultName = "entities";

    /// <summary>About the length of a news article's text; the per-article cost is measured on texts this long.</summary>
    private const int ArticleChars = 3000;

    public static Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(BenchPaths.SharedData, "nlp", "ner");
        var languages = new Dictionary<string, object>();
        foreach (var language in EntityTagger.Languages)
        {
            var baseline = new MemorisingTagger(EntityTrainingSets.Load(folder, language, "train"));
            var tagger = EntityTagger.For(language);
            var sets = new Dictionary<string, object>();
            var allDev = new List<TaggedSentence>();
            foreach (var set in EntityTrainingSets.SetsOf(language))
            {
                var dev = EntityTrainingSets.LoadSet(folder, set, "dev");
                allDev.AddRange(dev);
                sets[set] = Compare(dev, tagger, baseline);
            }
            var overall = Compare(allDev, tagger, baseline);
            var cost = MeasureCost(allDev, tagger, language);
            Console.WriteLine($"{language}: tagger F1 {overall.Tagger.F1:0.000}, memorising {overall.Memorising.F1:0.000}; {cost.TokensPerSecond:0} tokens/s, {cost.MillisecondsPerArticle:0.00} ms per {ArticleChars}-char text");
            languages[language] = new { sentences = allDev.Count, dev = overall, sets, modelFeatures = tagger.Model.FeatureCount, cost };
        }
        var result = new
        {
            benchmark = ResultName,
            data = "real: ../shared/data/nlp/ner dev parts (kk: KazNERD; ru: factRuEval-2016; en: wikigold + Broad Twitter Corpus), MISC read as O",
            protocol = "Entity-level exact match of span and type (conlleval). tagger: the shipped models (src/Watchdog.Analysis/Entities/Models, "
                + "watchdog entities train, default settings: greedy averaged perceptron, 8 epochs, seed 13), trained on the train parts only; "
                + "memorising: every entity token sequence of the train parts tagged with its most frequent type wherever it occurs, longest first. "
                + "Settings were chosen on these dev parts (epochs 3-15 and pruning compared; differences within 0.02 F1), so dev figures are slightly optimistic. "
                + $"cost: CPU time of one thread (the machine was shared), after a warm-up pass; tokens/s of the tagger on the dev sentences; ms per article: EntityExtractor.Extract (tokenising, tagging, keys) on dev text joined into ~{ArticleChars}-character texts.",
            languages,
        };
        var path = Path.Combine(BenchPaths.Results, ResultName + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {path}");
        return Task.FromResult(0);
    }

    private static Comparison Compare(IReadOnlyList<TaggedSentence> dev, EntityTagger tagger, MemorisingTagger baseline)
    {
        var gold = dev.Select(s => s.Tags).ToList();
        return new Comparison(
            Figures.Of(EntityScore.Of(gold, [.. dev.Select(s => (IReadOnlyList<string>)tagger.Tag(s.Tokens))])),
            Figures.Of(EntityScore.Of(gold, [.. dev.Select(s => (IReadOnlyList<string>)baseline.Tag(s.Tokens))])));
    }

    private static Cost MeasureCost(IReadOnlyList<TaggedSentence> dev, EntityTagger tagger, string language)
    {
        foreach (var sentence in dev) tagger.Tag(sentence.Tokens);
        var tokens = dev.Sum(s => s.Tokens.Count);
        var cpu = CpuTime();
        foreach (var sentence in dev) tagger.Tag(sentence.Tokens);
        var tokensPerSecond = tokens / (CpuTime() - cpu).TotalSeconds;

        var texts = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var sentence in dev)
        {
            current.Append(string.Join(' ', sentence.Tokens)).Append(' ');
            if (current.Length < ArticleChars) continue;
            texts.Add(current.ToString());
            current.Clear();
        }
        foreach (var text in texts) EntityExtractor.Extract(text, language);
        cpu = CpuTime();
        foreach (var text in texts) EntityExtractor.Extract(text, language);
        return new Cost(tokensPerSecond, (CpuTime() - cpu).TotalMilliseconds / Math.Max(1, texts.Count), texts.Count);
    }

    // CPU time, not wall time: the machine is shared, and waiting for a core says nothing about the tagger.
    private static TimeSpan CpuTime() => Process.GetCurrentProcess().TotalProcessorTime;

    private sealed record Comparison(Figures Tagger, Figures Memorising);

    private sealed record Figures(double F1, double Precision, double Recall, int Gold, int Predicted, int Correct, IReadOnlyDictionary<string, double>? F1ByType)
    {
        public static Figures Of(EntityScore s) =>
            new(s.F1, s.Precision, s.Recall, s.Gold, s.Predicted, s.Correct, s.ByType?.ToDictionary(t => t.Key, t => t.Value.F1));
    }

    private sealed record Cost(double TokensPerSecond, double MillisecondsPerArticle, int ArticlesTimed);
}
