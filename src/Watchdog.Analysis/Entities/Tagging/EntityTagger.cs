using System.Collections.Concurrent;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// Tags tokens with IOB2 entity tags (PER, ORG, LOC) by a trained <see cref="PerceptronModel"/>. The models for
/// Russian, Kazakh and English ship inside this assembly (Entities/Models/*.ner.gz, written by
/// <c>watchdog entities train</c>); nothing is downloaded. Thread-safe.
/// </summary>
public sealed class EntityTagger(PerceptronModel model)
{
    /// <summary>Languages with a shipped model.</summary>
    public static readonly IReadOnlyList<string> Languages = ["ru", "kk", "en"];

    private static readonly ConcurrentDictionary<string, Lazy<EntityTagger>> Shipped = new();

    public PerceptronModel Model { get; } = model;

    public static bool Supports(string? language) => language is not null && Languages.Contains(language);

    /// <summary>The shipped tagger of a language, loaded on first use.</summary>
    /// <exception cref="ArgumentException">No model ships for the language.</exception>
    public static EntityTagger For(string language)
    {
        if (!Supports(language)) throw new ArgumentException($"No entity model for language '{language}'; there are models for {string.Join(", ", Languages)}.", nameof(language));
        return Shipped.GetOrAdd(language, l => new Lazy<EntityTagger>(() => new EntityTagger(LoadShipped(l)))).Value;
    }

    /// <summary>One tag a token, as many as there are tokens; no tokens, no tags.</summary>
    public string[] Tag(IReadOnlyList<string> tokens) => Tag(tokens, ownScores: null);

    /// <summary><see cref="Tag(IReadOnlyList{string})"/> for one of the sentences of a text, with what tagging its other sentences remembered.</summary>
    /// <param name="ownScores">Created for the text and given to each of its sentences' calls (to this tagger only).</param>
    internal string[] Tag(IReadOnlyList<string> tokens, OwnFeatureScores? ownScores)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0) return [];
        var sentence = new SentenceFeatures(tokens, Model.Language);
        var labels = GreedyDecoder.Decode(sentence, Model.Score, ownScores);
        return [.. labels.Select(l => EntityLabels.All[l])];
    }

    private static PerceptronModel LoadShipped(string language)
    {
        var name = $"entity-models/{language}.ner.gz";
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The entity model {name} is missing from the build; run `watchdog entities train`.");
        return PerceptronModel.Load(stream);
    }
}
