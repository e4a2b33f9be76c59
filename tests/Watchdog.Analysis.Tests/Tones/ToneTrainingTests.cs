using Watchdog.Analysis.Tones;
using Watchdog.Analysis.Tones.Training;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tests.Tones;

public class ToneTrainingTests
{
    private static readonly ToneFeatureSettings SmallFeatures = new(HashBits: 12, MinNgram: 3, MaxNgram: 4, WordWeight: 3f);

    private static IReadOnlyList<ToneExample> Reviews() =>
    [
        .. new[] { "great phone, love it", "excellent service, great staff", "love this app, excellent", "wonderful and great" }
            .Select(t => new ToneExample(Tone.Positive, t)),
        .. new[] { "terrible phone, broken", "awful service, rude staff", "broken app, terrible", "awful and broken" }
            .Select(t => new ToneExample(Tone.Negative, t)),
        .. new[] { "the phone arrived on monday", "the staff work on weekdays", "the app has a menu", "it is blue" }
            .Select(t => new ToneExample(Tone.Neutral, t)),
    ];

    [Fact]
    public void Training_twice_on_the_same_data_writes_the_same_bytes()
    {
        static byte[] Train()
        {
            using var output = new MemoryStream();
            ToneTrainer.Train(Reviews(), "en", SmallFeatures, ToneTrainingSettings.Default).Write(output);
            return output.ToArray();
        }

        Assert.Equal(Train(), Train());
    }

    [Fact]
    public void A_trained_model_labels_unseen_combinations_of_its_cue_words()
    {
        var model = ToneTrainer.Train(Reviews(), "en", SmallFeatures, ToneTrainingSettings.Default with { Epochs = 20 });

        Assert.Equal(Tone.Positive, model.Classify("excellent staff, wonderful"));
        Assert.Equal(Tone.Negative, model.Classify("rude and terrible"));
    }

    [Fact]
    public void A_written_model_reads_back_with_the_same_answers()
    {
        var model = ToneTrainer.Train(Reviews(), "en", SmallFeatures, ToneTrainingSettings.Default);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;

        var read = ToneModel.Read(buffer);

        Assert.Equal(SmallFeatures, read.Features);
        foreach (var example in Reviews()) Assert.Equal(model.Classify(example.Text), read.Classify(example.Text));
    }

    [Fact]
    public void Reading_something_else_than_a_model_is_a_clear_error()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write("not a model at all"u8);
        buffer.Position = 0;

        Assert.ThrowsAny<Exception>(() => ToneModel.Read(buffer));
    }

    [Fact]
    public void The_stratified_split_keeps_each_tones_share_and_is_repeatable()
    {
        var examples = Enumerable.Range(0, 100).Select(i => new ToneExample(i < 60 ? Tone.Neutral : i < 80 ? Tone.Negative : Tone.Positive, $"text {i}")).ToList();

        var (train, heldOut) = ToneExamples.SplitStratified(examples, 0.1, seed: 3);
        var again = ToneExamples.SplitStratified(examples, 0.1, seed: 3);

        Assert.Equal(90, train.Count);
        Assert.Equal([6, 2, 2], new[] { Tone.Neutral, Tone.Negative, Tone.Positive }.Select(t => heldOut.Count(e => e.Tone == t)));
        Assert.Equal(heldOut, again.HeldOut);
        Assert.Empty(train.Intersect(heldOut));
    }

    [Fact]
    public void Folds_hold_each_example_out_exactly_once()
    {
        var examples = Enumerable.Range(0, 50).Select(i => new ToneExample(ToneLabels.All[i % 3], $"text {i}")).ToList();

        var folds = ToneExamples.Folds(examples, 5, seed: 1);

        Assert.Equal(examples.OrderBy(e => e.Text), folds.SelectMany(f => f.HeldOut).OrderBy(e => e.Text));
        Assert.All(folds, f => Assert.Equal(50, f.Train.Count + f.HeldOut.Count));
    }

    [Fact]
    public void Reading_a_set_skips_and_reports_lines_without_a_known_label()
    {
        var skipped = new List<string>();

        var examples = ToneExamples.Read(new StringReader("positive\tgood\nhappy\tunknown label\nno tab here\nnegative\tbad\n"), skipped.Add);

        Assert.Equal([Tone.Positive, Tone.Negative], examples.Select(e => e.Tone));
        Assert.Equal(2, skipped.Count);
        Assert.Contains("line 2", skipped[0]);
    }

    [Fact]
    public void Macro_f1_averages_the_f1_of_each_tone()
    {
        Tone[] gold = [Tone.Positive, Tone.Positive, Tone.Negative, Tone.Neutral];
        Tone[] predicted = [Tone.Positive, Tone.Negative, Tone.Negative, Tone.Neutral];

        var scores = ToneScores.Of(gold, predicted);

        // positive: P 1, R 0.5 → 2/3; negative: P 0.5, R 1 → 2/3; neutral: 1.
        Assert.Equal((2 / 3.0 + 2 / 3.0 + 1) / 3, scores.MacroF1, 6);
        Assert.Equal(0.75, scores.Accuracy, 6);
    }

    [Fact]
    public void The_naive_bayes_baseline_learns_word_cues()
    {
        var baseline = NaiveBayesToneBaseline.Train(Reviews());

        Assert.Equal(Tone.Positive, baseline.Classify("great and excellent"));
        Assert.Equal(Tone.Negative, baseline.Classify("terrible and awful"));
    }
}
