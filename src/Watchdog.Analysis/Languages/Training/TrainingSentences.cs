using System.Resources;

namespace Watchdog.Analysis.Languages.Training;

/// <summary>
/// The training text shipped with Watchdog (this folder's &lt;code&gt;.txt files, embedded through
/// TrainingSentences.resx): Leipzig Wortschatz sentences as published in lingua-rs' test data (source and
/// licence in README.md).
/// </summary>
public static class TrainingSentences
{
    private static readonly Lazy<IReadOnlyList<TrainingSentence>> Shipped = new(Load);

    /// <summary>Every shipped sentence, grouped by language in the order of <see cref="LanguageCodes.LinguaLanguages"/>.</summary>
    public static IReadOnlyList<TrainingSentence> All => Shipped.Value;

    private static IReadOnlyList<TrainingSentence> Load()
    {
        var resources = new ResourceManager(typeof(TrainingSentences).FullName!, typeof(TrainingSentences).Assembly);
        var sentences = new List<TrainingSentence>();
        foreach (var language in LanguageCodes.LinguaLanguages.Keys)
        {
            var text = resources.GetString(language, System.Globalization.CultureInfo.InvariantCulture)
                ?? throw new InvalidOperationException($"No training text for '{language}' in {typeof(TrainingSentences).FullName}.resx");
            sentences.AddRange(text.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .Select(line => new TrainingSentence(language, line)));
        }
        return sentences;
    }
}
