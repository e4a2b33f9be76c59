using Watchdog.Analysis.Entities;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Tones;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// Managed memory each default model holds once loaded (live bytes after a full collection, before and after its first
/// use), measured in the benchmark's own process before it loads anything else of Watchdog's.
/// </summary>
public static class ModelMemory
{
    private static readonly List<object> Kept = [];

    public static IReadOnlyDictionary<string, double> Measure()
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        var before = Live();
        // Lingua first, alone, as the detector builds it (a short text needs every n-gram order); then the rest of the detector.
        Step(figures, "linguaNgramModelsMb", ref before, () =>
        {
            var lingua = LanguageDetector.BuildLingua(LanguageCodes.LinguaLanguages.Values);
            lingua.ComputeLanguageConfidenceValues("The council approved it.");
            Kept.Add(lingua); // measured while alive: Lingua may keep its models per detector rather than per process
        });
        Step(figures, "languageIdentificationBesidesLinguaMb", ref before, () => LanguageDetector.Default.Detect("The council approved the budget after a long debate."));
        Step(figures, "toneMb", ref before, () => ArticleTone.Of("Budget approved", "The council approved the budget after a long debate.", "en", ToneClassifier.Default));
        Step(figures, "entitiesMb", ref before, () =>
        {
            EntityExtractor.Extract("Kassym-Jomart Tokayev met Olaf Scholz in Berlin.", "en");
            EntityExtractor.Extract("Касым-Жомарт Токаев встретился с Олафом Шольцем в Берлине.", "ru");
            EntityExtractor.Extract("Қасым-Жомарт Тоқаев Берлинде Олаф Шольцпен кездесті.", "kk");
        });
        return figures;
    }

    private static void Step(Dictionary<string, double> figures, string name, ref long before, Action load)
    {
        load();
        var after = Live();
        figures[name] = Math.Round((after - before) / 1048576.0, 1);
        before = after;
    }

    private static long Live() => GC.GetTotalMemory(forceFullCollection: true);
}
