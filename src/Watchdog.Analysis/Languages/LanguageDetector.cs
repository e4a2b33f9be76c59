using Lingua;
using Watchdog.Analysis.Languages.Models;
using Watchdog.Analysis.Languages.ShortTexts;

namespace Watchdog.Analysis.Languages;

/// <summary>
/// Detects the language of a text: Lingua's n-gram models restricted to the languages Watchdog expects,
/// joined with a word and character model trained on shipped text (<see cref="TrainedLanguageModel"/>),
/// narrowed by what each language's alphabet can spell, plus letter rules for Kyrgyz, Tatar and Uzbek.
/// Thread-safe; one instance serves the whole process.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>
    /// Below this, the runners-up together are at least four times as likely as the winner: too unsure to
    /// name a language (13 candidates; an uninformed guess would be about 0.08).
    /// </summary>
    public const double MinimumConfidence = 0.2;

    /// <summary>
    /// A text with fewer letters than this is one character trigram at most: "xyz", "ok", "и" are spelt alike in
    /// many of the languages, and the models' favourite among them is a guess (Lingua put "xyz" at 35% German, 37%
    /// Turkish). Such a text is undetermined unless its letters belong to one language's alphabet only (Ұ, ә).
    /// Not tuned: the language-id sets hold no item this short besides one lone Kazakh letter.
    /// </summary>
    public const int MinimumLetters = 4;

    /// <summary>
    /// Only the start of a long text is examined: accuracy is flat past a few hundred characters and the
    /// cost grows with length.
    /// </summary>
    public const int MaxCharsExamined = 500;

    /// <summary>
    /// Texts at least this long (an article, not a title) are scored by Lingua alone, without the trained model: with a
    /// few sentences to go on Lingua is as accurate (<c>LongTextAccuracyTests</c>), and the model would add its cost to
    /// every article ingested. (Lingua itself already uses only trigrams past 120 characters.)
    /// </summary>
    public const int LongTextChars = 300;

    private static readonly Lazy<LanguageDetector> DefaultInstance = new(() => new LanguageDetector());

    /// <summary>
    /// Lingua's confidences for every text, over compact copies of its models: every n-gram order for short texts (Lingua's
    /// own dictionaries would load ≈ 245 MB for Cyrillic and Latin together on the first short texts; bench memory.json
    /// lists both), trigrams for articles (Lingua's own trigram dictionaries, ≈ 17 MB, would sit beside the same trigrams
    /// held compactly once short texts came). Lingua's detector is kept for its rules only and loads no model.
    /// </summary>
    private readonly CompactLingua _lingua;
    private readonly IReadOnlyList<string> _statisticalLanguages;
    private readonly TrainedLanguageModel? _model;

    /// <summary>The detector with the model trained on all shipped text.</summary>
    public LanguageDetector() : this(TrainedLanguageModel.Shipped)
    {
    }

    /// <param name="model">
    /// The trained model to join with Lingua, or null for Lingua and the letter rules alone (the benchmark
    /// compares both, and trains models on part of the text to measure on the rest).
    /// </param>
    public LanguageDetector(TrainedLanguageModel? model)
    {
        if (model is not null && !LanguageCodes.LinguaLanguages.Keys.All(model.Languages.Contains))
        {
            throw new ArgumentException("The model must be trained on every language Lingua detects here.", nameof(model));
        }
        _statisticalLanguages = [.. LanguageCodes.LinguaLanguages.Keys];
        _lingua = new CompactLingua(BuildLinguaTrigrams(LanguageCodes.LinguaLanguages.Values), NgramTables.Shipped);
        _model = model;
    }

    public static LanguageDetector Default => DefaultInstance.Value;

    /// <returns>ISO 639-1 code, or "und" when unsure.</returns>
    public string Detect(string text)
    {
        var ranked = DetectWithConfidence(text);
        if (ranked.Count == 0 || ranked[0].Confidence < MinimumConfidence || TooFewLettersToTell(text)) return LanguageCodes.Undetermined;
        return ranked[0].Language;
    }

    /// <summary>Fewer than <see cref="MinimumLetters"/> letters that more than one candidate language can spell.</summary>
    private bool TooFewLettersToTell(string text)
    {
        var sample = Sample(text ?? string.Empty);
        if (sample.Where(char.IsLetter).Take(MinimumLetters).Count() >= MinimumLetters) return false;
        var words = TrainedLanguageModel.ModelWords(sample);
        return TurkicCyrillicRule.Detect(words) is null && AlphabetFilter.Allowed(words, _statisticalLanguages).Count > 1;
    }

    /// <summary>Candidate languages, most likely first; empty when the text has no letters.</summary>
    public IReadOnlyList<LanguageScore> DetectWithConfidence(string text)
    {
        var sample = Sample(text ?? string.Empty);
        var words = TrainedLanguageModel.ModelWords(sample);
        if (words.Count == 0) return [];

        if (TurkicCyrillicRule.Detect(words) is { } turkic) return [new LanguageScore(turkic, 1.0)];

        var allowed = AlphabetFilter.Allowed(words, _statisticalLanguages);
        var statistical = Statistical(sample, words);
        var kept = statistical.Where(score => allowed.Contains(score.Language)).ToList();
        // Lingua's own rules may have given everything to a language our alphabets rule out (noisy text);
        // then its view stands rather than returning nothing.
        return Normalize(kept.Sum(score => score.Confidence) > 0 ? kept : statistical);
    }

    private List<LanguageScore> Statistical(string sample, IReadOnlyList<string> words)
    {
        var lingua = _lingua.ComputeLanguageConfidenceValues(sample)
            .ToDictionary(pair => LanguageCodes.ByLinguaLanguage[pair.Key], pair => pair.Value);
        if (_model is null || sample.Length >= LongTextChars) return [.. lingua.Select(pair => new LanguageScore(pair.Key, pair.Value))];
        var logLikelihoods = _model.LogLikelihoods(words);
        return [.. EvidenceCombiner.Combine(_model.Languages, lingua, logLikelihoods)
            .Where(score => LanguageCodes.LinguaLanguages.ContainsKey(score.Language))];
    }

    /// <summary>Lingua restricted to the given languages with every n-gram order (the benchmark's baseline; the detector scores short texts as it does, see <see cref="CompactLingua"/>).</summary>
    public static Lingua.LanguageDetector BuildLingua(IEnumerable<Language> languages) =>
        LanguageDetectorBuilder.FromLanguages([.. languages]).Build();

    /// <summary>Lingua with trigrams only (its low-accuracy mode), which gives texts of 120 cleaned characters or more the confidences the detector gives them.</summary>
    public static Lingua.LanguageDetector BuildLinguaTrigrams(IEnumerable<Language> languages) =>
        LanguageDetectorBuilder.FromLanguages([.. languages]).WithLowAccuracyMode().Build();

    private static IReadOnlyList<LanguageScore> Normalize(List<LanguageScore> scores)
    {
        var total = scores.Sum(score => score.Confidence);
        if (total <= 0) return [];
        return [.. scores
            .Select(score => score with { Confidence = score.Confidence / total })
            .OrderByDescending(score => score.Confidence)
            .ThenBy(score => score.Language, StringComparer.Ordinal)];
    }

    private static string Sample(string text)
    {
        if (text.Length <= MaxCharsExamined) return text;
        var cut = text.LastIndexOf(' ', MaxCharsExamined);
        return text[..(cut > 0 ? cut : MaxCharsExamined)];
    }
}
