using System.Text.Json;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Morphology.Evaluation;
using Watchdog.Analysis.Text;

namespace Watchdog.Bench.Conflation;

/// <summary>
/// Over- and under-conflation of Watchdog's word keys on the pair table of the Analysis tests
/// (tests/Watchdog.Analysis.Tests/Fixtures/Morphology/conflation.tsv), beside plain Snowball, the previous rules and no
/// stemming, measured in the same run. Usage: <c>conflation</c>.
/// </summary>
public static class ConflationBenchmark
{
    private const string FixturePath = "tests/Watchdog.Analysis.Tests/Fixtures/Morphology/conflation.tsv";
    private static readonly string[] Languages = ["ru", "en", "kk"];

    private static readonly Dictionary<string, Func<string, string, string>> Keyings = new()
    {
        ["watchdog"] = Normalizer.Normalize,
        ["snowball"] = (word, language) => Snowball(WordNormalizer.Normalize(word), language),
        ["previous"] = (word, language) => language == "ru"
            ? PreviousRussian(WordNormalizer.Normalize(word))
            : Snowball(EnglishPossessive.Strip(WordNormalizer.Normalize(word)), language),
        ["none"] = (word, _) => WordNormalizer.Normalize(word),
    };

    public static Task<int> RunAsync(string[] args)
    {
        var path = Path.Combine(BenchPaths.RepoRoot, FixturePath);
        var pairs = ConflationPair.Read(File.ReadLines(path));
        var byLanguage = new Dictionary<string, object>();
        Console.WriteLine($"{"lang",-4} {"keys",-9} {"false joins",14} {"missed joins",14}");
        foreach (var language in Languages)
        {
            // Kazakh has no Snowball stemmer, and the previous Kazakh stripper is not kept: ours against no stemming only.
            var reports = Keyings.Where(k => language != "kk" || k.Key is "watchdog" or "none")
                .ToDictionary(k => k.Key, k => ConflationReport.Measure(language, pairs, k.Value));
            foreach (var (name, report) in reports)
            {
                Console.WriteLine($"{language,-4} {name,-9} {report.FalseJoins.Count,4}/{report.FalseFriendPairs,-3} {report.OverConflation,5:P0} {report.MissedJoins.Count,4}/{report.SameWordPairs,-3} {report.UnderConflation,5:P0}");
            }
            byLanguage[language] = reports.ToDictionary(r => r.Key, r => (object)new
            {
                falseFriendPairs = r.Value.FalseFriendPairs,
                falseJoins = r.Value.FalseJoins.Count,
                overConflation = r.Value.OverConflation,
                sameWordPairs = r.Value.SameWordPairs,
                missedJoins = r.Value.MissedJoins.Count,
                underConflation = r.Value.UnderConflation,
                falseJoinPairs = r.Key == "watchdog" ? r.Value.FalseJoins.Select(p => $"{p.First}/{p.Second}").ToArray() : null,
                missedJoinPairs = r.Key == "watchdog" ? r.Value.MissedJoins.Select(p => $"{p.First}/{p.Second}").ToArray() : null,
            });
        }
        var result = new
        {
            benchmark = "conflation",
            data = $"{FixturePath}: hand-labelled word pairs (real words; false friends mostly from key collisions of the previous stemmers on the vocabulary of ../shared/data/nlp/ner/*/train, plus the issue's cases)",
            keys = new
            {
                watchdog = "Normalizer.Normalize as written (AnalysisVersion 3)",
                snowball = "Lucene.NET Snowball (Russian, English Porter2) on the normalised word (ru, en only)",
                previous = "AnalysisVersion 2: ru Snowball with the -ов/-ев second pass for every word; en Snowball Porter2 (ru, en only; the previous kk stripper is not kept)",
                none = "the normalised word, no stemming",
            },
            languages = byLanguage,
        };
        var output = Path.Combine(BenchPaths.Results, "conflation.json");
        File.WriteAllText(output, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Console.WriteLine($"wrote {output}");
        return Task.FromResult(0);
    }

    private static string Snowball(string word, string language)
    {
        SnowballProgram stemmer = language == "ru" ? new RussianStemmer() : new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The Russian rule of AnalysisVersion 2, kept here as the baseline: a stem in -ов/-ев is stemmed again (not after -ьев or a verb ending).</summary>
    private static string PreviousRussian(string word)
    {
        var stem = Snowball(word, "ru");
        if (stem.Length > 0 && stem.Length < word.Length && stem[^1] is 'а' or 'я' && word[stem.Length] == 'н') stem += "н";
        var ovEv = stem.EndsWith("ов", StringComparison.Ordinal) || stem.EndsWith("ев", StringComparison.Ordinal);
        var verb = word.Length > stem.Length && word.StartsWith(stem, StringComparison.Ordinal)
            && new[] { "ил", "ит", "ишь", "ив", "им", "ят", "я", "ю" }.Any(e => word.AsSpan(stem.Length).StartsWith(e, StringComparison.Ordinal));
        return ovEv && !word.EndsWith("ьев", StringComparison.Ordinal) && !verb ? Snowball(stem, "ru") : stem;
    }
}
