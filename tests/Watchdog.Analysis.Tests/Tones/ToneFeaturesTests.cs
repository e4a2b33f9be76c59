using Watchdog.Analysis.Morphology;
using Watchdog.Analysis.Text;
using Watchdog.Analysis.Tones;

namespace Watchdog.Analysis.Tests.Tones;

/// <summary>
/// Pins the tone features (the shipped weights are indexed by them) against a plain statement of what they are:
/// every feature hashed on its own, the largest weight kept per slot in a dictionary, then sorted and scaled.
/// </summary>
public class ToneFeaturesTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "en", "Volunteers were praised for their heroic efforts to rescue flood victims!" },
        { "en", "Is it good? Not good at all... The mayor's \"plan\" failed 😡 and 12 people left." },
        { "ru", "Министра обвинили в коррупции и хищении бюджетных средств?! Не нравится." },
        { "kk", "Керемет қосымша, бәрі өте ыңғайлы, рахмет! keremet 👍" },
        { "en", "a" },
        { "en", "" },
        { "en", new string('x', 300) + " long words are bounded too " + new string('я', 600) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Features_are_each_distinct_hashed_feature_with_its_largest_weight_scaled_to_unit_length(string language, string text)
    {
        var settings = ToneFeatureSettings.Default;
        var expected = Reference(text, language, settings);
        var actual = ToneFeatures.Of(text, language, settings);
        Assert.Equal(expected.Indices, actual.Indices);
        Assert.Equal(expected.Values, actual.Values);
    }

    [Fact]
    public void A_slot_given_a_word_weight_and_an_ngram_weight_keeps_the_larger()
    {
        // "!" and "?" are marks at the word weight; with one word of one letter the vector has few slots to look at.
        var vector = ToneFeatures.Of("ok!", "en", ToneFeatureSettings.Default with { WordWeight = 5f });
        Assert.Equal(Reference("ok!", "en", ToneFeatureSettings.Default with { WordWeight = 5f }).Values, vector.Values);
        Assert.Equal(1f, vector.Values.Sum(v => v * v), 4);
    }

    private static FeatureVector Reference(string text, string language, ToneFeatureSettings settings)
    {
        var mask = (1 << settings.HashBits) - 1;
        var weights = new Dictionary<int, float>();
        void Add(char kind, string value, float weight)
        {
            var slot = Fnv(kind, value) & mask;
            weights[slot] = Math.Max(weights.GetValueOrDefault(slot, float.MinValue), weight);
        }
        string? previous = null;
        foreach (var word in Tokenizer.Words(text))
        {
            var key = Normalizer.Stem(word, language);
            Add('w', key, settings.WordWeight);
            if (previous is not null) Add('b', $"{previous} {key}", settings.WordWeight);
            previous = key;
            var bounded = $"\u0001{word}\u0001";
            for (var n = settings.MinNgram; n <= settings.MaxNgram; n++)
                for (var start = 0; start + n <= bounded.Length; start++) Add('c', bounded.Substring(start, n), 1f);
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '!' or '?') Add('p', text[i].ToString(), settings.WordWeight);
            else if (char.IsSurrogatePair(text, i))
            {
                if (char.GetUnicodeCategory(text, i) == System.Globalization.UnicodeCategory.OtherSymbol) Add('e', text.Substring(i, 2), settings.WordWeight);
                i++;
            }
        }
        var sorted = weights.OrderBy(w => w.Key).ToList();
        var length = MathF.Sqrt(sorted.Aggregate(0f, (sum, w) => sum + w.Value * w.Value));
        return new FeatureVector([.. sorted.Select(w => w.Key)], [.. sorted.Select(w => length > 0 ? w.Value / length : w.Value)]);
    }

    private static int Fnv(char kind, string value)
    {
        var hash = (2166136261u ^ kind) * 16777619u;
        foreach (var c in value) hash = (((hash ^ (c & 0xFFu)) * 16777619u) ^ ((uint)c >> 8)) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
