using System.Text.Json;
using System.Text.RegularExpressions;

namespace Watchdog.Bench.SearchAtSize;

/// <summary>
/// Real Russian, Kazakh and English sentences from the shipped corpora in ../shared/data: the language-id sentences,
/// the tone sets' news sentences (ru, en; the Kazakh tone set is reviews, left out), the entity sets' sentences
/// (detokenised) and the extraction benchmark's article bodies (split into sentences, sorted by script).
/// </summary>
public sealed partial class SentencePool
{
    private SentencePool(IReadOnlyDictionary<string, string[]> byLanguage) => ByLanguage = byLanguage;

    public IReadOnlyDictionary<string, string[]> ByLanguage { get; }

    public static string Describe(SentencePool pool) =>
        string.Join(", ", pool.ByLanguage.Select(p => $"{p.Key} {p.Value.Length:N0}"));

    public static SentencePool Load(string sharedData)
    {
        var sentences = new Dictionary<string, HashSet<string>> { ["ru"] = [], ["kk"] = [], ["en"] = [] };
        foreach (var (language, set) in sentences)
        {
            set.UnionWith(File.ReadLines(Path.Combine(sharedData, "langid", "sentences", $"{language}.txt")));
            if (language != "kk") set.UnionWith(File.ReadLines(Path.Combine(sharedData, "nlp", "tone", language, "train.tsv")).Select(l => l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]));
            set.UnionWith(ConllSentences(Path.Combine(sharedData, "nlp", "ner", language, "train.conll")));
        }
        foreach (var sentence in ExtractionSentences(Path.Combine(sharedData, "extraction", "ground-truth.json")))
            sentences[ScriptLanguage(sentence)].Add(sentence);
        return new SentencePool(sentences.ToDictionary(
            p => p.Key,
            p => p.Value.Select(s => s.Trim()).Where(s => s.Length is >= 20 and <= 600).Order(StringComparer.Ordinal).ToArray()));
    }

    private static IEnumerable<string> ConllSentences(string path)
    {
        var tokens = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Length > 0)
            {
                tokens.Add(line.Split('\t')[0]);
                continue;
            }
            if (tokens.Count > 3) yield return Detokenise(string.Join(' ', tokens));
            tokens.Clear();
        }
    }

    private static string Detokenise(string text) => OpeningSpace().Replace(ClosingSpace().Replace(text, "$1"), "$1");

    private static IEnumerable<string> ExtractionSentences(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var page in json.RootElement.EnumerateObject())
        {
            if (!page.Value.TryGetProperty("articleBody", out var body) || body.GetString() is not { } text) continue;
            foreach (var sentence in SentenceEnd().Split(text)) yield return sentence.Replace('\n', ' ');
        }
    }

    /// <summary>Kazakh letters make it Kazakh, other Cyrillic Russian, the rest English: enough for news sentences.</summary>
    private static string ScriptLanguage(string sentence) =>
        sentence.Any(c => "әғқңөұүһіӘҒҚҢӨҰҮҺІ".Contains(c, StringComparison.Ordinal)) ? "kk" : sentence.Any(c => c is >= 'А' and <= 'я') ? "ru" : "en";

    [GeneratedRegex(@" ([.,!?;:)»\]%])")]
    private static partial Regex ClosingSpace();

    [GeneratedRegex(@"([(«\[]) ")]
    private static partial Regex OpeningSpace();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
