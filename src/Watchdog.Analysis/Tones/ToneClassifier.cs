using System.Collections.Concurrent;
using Watchdog.Analysis.Languages;
using Watchdog.Analysis.Text;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tones;

/// <summary>
/// Tone of a sentence in Russian, Kazakh or English by the models shipped inside this assembly (trained by
/// <c>watchdog tone train</c>, see Tones/README.md); nothing is downloaded. Each model is read on first use (3 MB of float weights in memory)
/// and kept. Thread-safe.
/// </summary>
public sealed class ToneClassifier
{
    /// <summary>Languages with a shipped model.</summary>
    public static IReadOnlyList<string> Languages { get; } = [LanguageCodes.Russian, LanguageCodes.Kazakh, LanguageCodes.English];

    public static ToneClassifier Default { get; } = new(ReadShippedModel);

    private readonly ConcurrentDictionary<string, Lazy<ToneModel?>> _models = new(StringComparer.Ordinal);
    private readonly Func<string, ToneModel?> _load;

    /// <param name="load">The model of a language, or null when there is none.</param>
    public ToneClassifier(Func<string, ToneModel?> load) => _load = load;

    public static bool Supports(string? language) => language is not null && Languages.Contains(language.ToLowerInvariant());

    /// <returns>The sentence's tone; null when the language has no model or the text has no words.</returns>
    public Tone? Classify(string text, string language)
    {
        var model = ModelFor(language);
        if (model is null || !HasWords(text)) return null;
        return model.Classify(text);
    }

    public ToneModel? ModelFor(string language)
    {
        var code = language.Trim().ToLowerInvariant();
        return Supports(code) ? _models.GetOrAdd(code, c => new Lazy<ToneModel?>(() => _load(c))).Value : null;
    }

    /// <summary>Resource name of a language's shipped model.</summary>
    public static string ResourceName(string language) => $"tone-models/{language}.bin.gz";

    private static ToneModel? ReadShippedModel(string language)
    {
        using var stream = typeof(ToneClassifier).Assembly.GetManifestResourceStream(ResourceName(language));
        return stream is null ? null : ToneModel.Read(stream);
    }

    /// <summary>Whether the text has a word <see cref="Tokenizer"/> would keep; stops at the first, without tokenising the rest.</summary>
    private static bool HasWords(string text)
    {
        var position = 0;
        while (Tokenizer.NextWord(text, ref position, out var start, out var length))
        {
            if (WordNormalizer.Normalize(text.AsSpan(start, length)).Length > 0) return true;
        }
        return false;
    }
}
