namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// Which labelled sets of ../shared/data/nlp/ner (see its README) train each language's model: English joins
/// Wikipedia (wikigold) and tweets (Broad Twitter Corpus), so that neither domain alone shapes it.
/// </summary>
public static class EntityTrainingSets
{
    public static IReadOnlyList<string> SetsOf(string language) => language switch
    {
        "en" => ["en", "en-btc"],
        _ => [language],
    };

    /// <param name="part">"train" or "dev".</param>
    /// <exception cref="FileNotFoundException">A set's file is missing; the message names it.</exception>
    public static IReadOnlyList<TaggedSentence> Load(string dataFolder, string language, string part) =>
        [.. SetsOf(language).SelectMany(set => LoadSet(dataFolder, set, part))];

    public static IReadOnlyList<TaggedSentence> LoadSet(string dataFolder, string set, string part)
    {
        var path = Path.Combine(dataFolder, set, part + ".conll");
        if (!File.Exists(path)) throw new FileNotFoundException($"No labelled set at {path}.", path);
        return ConllReader.Read(path);
    }
}
