using System.Collections.Concurrent;
using System.Text;
using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// What the tagger reads from one word form alone, computed once per form and language and remembered: hashes of its
/// normal form, stem and shape, its cues (<see cref="TokenCueReader"/>) and its own features (word, stem, shape,
/// script, length, prefix, suffixes, cues). News repeats the same words, so most tokens cost one lookup.
/// </summary>
internal sealed record WordFeatures(uint Normal, uint Stem, uint Shape, TokenCues Cues, uint[] Own)
{
    /// <summary>
    /// Forms remembered per language, the ones met lately (<see cref="RecentWords{TValue}"/>): a few hundred bytes a form,
    /// so ≤ 12 MB a language the tagger reads.
    /// </summary>
    private const int Capacity = 40_000;

    private static readonly ConcurrentDictionary<string, RecentWords<WordFeatures>> KnownByLanguage = new(StringComparer.Ordinal);

    public static WordFeatures Of(string token, string language)
    {
        var known = KnownByLanguage.GetOrAdd(language, static _ => new RecentWords<WordFeatures>(Capacity));
        if (known.TryGet(token, out var features)) return features;
        var computed = Compute(token, language);
        known.Remember(token, computed);
        return computed;
    }

    private static WordFeatures Compute(string token, string language)
    {
        var normal = NormalOf(token);
        var stem = Normalizer.Stem(normal, IsLatin(token) && language != "en" ? "en" : language);
        var shape = ShapeOf(token);
        var cues = TokenCueReader.Read(normal, token.Length > 0 && char.IsUpper(token[0]), language);
        var own = new List<uint>(16)
        {
            FeatureHash.Of((int)FeatureTemplate.Bias, 0),
            FeatureHash.Of((int)FeatureTemplate.Word, FeatureHash.OfText(normal)),
            FeatureHash.Of((int)FeatureTemplate.Stem, FeatureHash.OfText(stem)),
            FeatureHash.Of((int)FeatureTemplate.Shape, FeatureHash.OfText(shape)),
            FeatureHash.Of((int)FeatureTemplate.Script, FeatureHash.OfText(ScriptOf(token))),
            FeatureHash.Of((int)FeatureTemplate.Length, (uint)Math.Min(normal.Length, 12)),
        };
        if (normal.Length > 2)
        {
            own.Add(FeatureHash.Of((int)FeatureTemplate.Prefix, FeatureHash.OfText(normal.AsSpan(0, 3))));
            for (var n = 2; n <= 4; n++) own.Add(FeatureHash.Of((int)FeatureTemplate.Suffix + n, FeatureHash.OfText(normal.AsSpan(Math.Max(0, normal.Length - n)))));
        }
        foreach (var cue in TokenCueReader.Each)
            if ((cues & cue) != 0) own.Add(FeatureHash.Of((int)FeatureTemplate.Cue, (uint)cue));
        return new WordFeatures(FeatureHash.OfText(normal), FeatureHash.OfText(stem), FeatureHash.OfText(shape), cues, [.. own]);
    }

    private static string NormalOf(string token)
    {
        // A lone surrogate (a cut emoji) makes Unicode normalisation throw; such a token is no word anyway.
        if (token.Any(char.IsSurrogate)) return token.ToLowerInvariant();
        var normal = WordNormalizer.Normalize(token);
        return normal.Length > 0 ? normal : token;
    }

    /// <summary>Letters as X and x, digits as d, runs collapsed: Токаев → Xx, НАТО → X, COVID-19 → X-d, U.S. → X.X.</summary>
    internal static string ShapeOf(string token)
    {
        var shape = new StringBuilder(8);
        foreach (var c in token)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (shape.Length == 0 || shape[^1] != s) shape.Append(s);
            if (shape.Length >= 8) break;
        }
        return shape.ToString();
    }

    private static bool IsLatin(string token) => token.Any(c => c is >= 'A' and <= 'z' && char.IsLetter(c));

    private static string ScriptOf(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c)) continue;
            return c < 'ʯ' ? "latn" : c is >= 'Ѐ' and <= 'ӿ' ? "cyrl" : "other";
        }
        return "none";
    }
}
