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

    /// <summary>The lists a sentence's features are collected in, kept per thread: tagging is synchronous and not
    /// re-entrant, and a news text has dozens of sentences, each of which needed new ones.</summary>
    [ThreadStatic]
    private static (List<uint> Static, List<uint> Collected)? t_featureLists;

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
        var lists = t_featureLists ??= ([], []);
        var sentence = new SentenceFeatures(tokens, Model.Language, lists.Static);
        var labels = GreedyDecoder.Decode(sentence, Model.Score, ownScores, lists.Collected);
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++) tags[i] = EntityLabels.All[labels[i]];
        return tags;
    }

    private static PerceptronModel LoadShipped(string language)
    {
        var name = $"entity-models/{language}.ner.gz";
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The entity model {name} is missing from the build; run `watchdog entities train`.");
        return PerceptronModel.Load(stream);
    }
}
