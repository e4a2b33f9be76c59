using Watchdog.Analysis.Entities;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Tones;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// Managed memory each default model holds once loaded (live bytes after a full collection, before and after its first
/// use), measured in the benchmark's own process before it loads anything else of Watchdog's. The n-gram orders other
/// than trigrams are listed apart: the service loads them (compactly) only when a short text needs them. Lingua's own
/// dictionaries, which the service no longer loads (it scores over compact copies of them), are measured last for comparison.
/// </summary>
public static class ModelMemory
{
    private static readonly List<object> Kept = [];

    /// <summary>One article-length text per script (Latin, Cyrillic): each touches the trigram models of its script's languages.</summary>
    private static readonly string[] ArticleLengthTexts =
    [
        "The city council approved the new budget after a long debate about schools, roads and the hospital that residents have been asking for since the old one closed.",
        "Городской совет утвердил новый бюджет после долгого спора о школах, дорогах и больнице, которую жители просят построить с тех пор, как закрылась старая.",
    ];

    /// <summary>One short text per script (Latin, Cyrillic), with no letter that gives its language away, so n-grams decide.</summary>
    private static readonly string[] ShortTexts = ["The council approved it.", "Городской совет утвердил бюджет."];

    public static IReadOnlyDictionary<string, double> Measure()
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        var before = Live();
        // What the service loads at start: Watchdog's own language model and the compact trigram tables of Lingua's models.
        Step(figures, "languageIdentificationMb", ref before, () =>
        {
            foreach (var text in ArticleLengthTexts) LanguageDetector.Default.Detect(text);
        });
        Step(figures, "shortTextNgramTablesMb", ref before, () =>
        {
            foreach (var text in ShortTexts) LanguageDetector.Default.Detect(text);
        });
        Step(figures, "toneMb", ref before, () => ArticleTone.Of("Budget approved", "The council approved the budget after a long debate.", "en", ToneClassifier.Default));
        Step(figures, "entitiesMb", ref before, () =>
        {
            EntityExtractor.Extract("Kassym-Jomart Tokayev met Olaf Scholz in Berlin.", "en");
            EntityExtractor.Extract("Касым-Жомарт Токаев встретился с Олафом Шольцем в Берлине.", "ru");
            EntityExtractor.Extract("Қасым-Жомарт Тоқаев Берлинде Олаф Шольцпен кездесті.", "kk");
        });
        // For comparison only (the service never loads them): Lingua's own dictionaries of the same orders for the same texts.
        // Kept alive while measured: Lingua may keep models per detector.
        Step(figures, "linguaOwnTrigramsMb", ref before, () =>
        {
            var trigrams = LanguageDetector.BuildLinguaTrigrams(LanguageCodes.LinguaLanguages.Values);
            foreach (var text in ArticleLengthTexts) trigrams.ComputeLanguageConfidenceValues(text);
            Kept.Add(trigrams);
        });
        Step(figures, "linguaOwnOtherOrdersOnShortTextsMb", ref before, () =>
        {
            var lingua = LanguageDetector.BuildLingua(LanguageCodes.LinguaLanguages.Values);
            foreach (var text in ShortTexts) lingua.ComputeLanguageConfidenceValues(text);
            Kept.Add(lingua);
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
