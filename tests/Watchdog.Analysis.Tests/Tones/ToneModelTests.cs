using Watchdog.Analysis.Tones;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tests.Tones;

/// <summary>The model's scores are the trainer's formula over the weights it was given, whatever layout it keeps them in.</summary>
public class ToneModelTests
{
    [Fact]
    public void A_model_scores_as_the_trainers_formula_over_its_weights_to_the_bit()
    {
        var settings = ToneFeatureSettings.Default with { HashBits = 10 };
        var random = new Random(16);
        var tones = ToneLabels.All.Count;
        var weights = Enumerable.Range(0, tones * settings.Slots).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        float[] bias = [0.25f, -0.5f, 0.125f];
        var model = new ToneModel("en", settings, weights, bias);
        foreach (var text in new[] { "Critics blasted the cruel and disastrous policy!", "The report was released on Monday.", "" })
        {
            var features = ToneFeatures.Of(text, "en", settings);
            var expected = new float[tones];
            var actual = new float[tones];
            ToneModel.Score(features, weights, bias, settings.Slots, expected);
            model.Score(features, actual);
            Assert.Equal(expected, actual);
        }
    }
}
