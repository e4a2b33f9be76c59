using System.Globalization;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tones.Training;

/// <summary>One labelled text of a tone set.</summary>
public sealed record ToneExample(Tone Tone, string Text);

/// <summary>Reads and splits tone sets: <c>label&lt;TAB&gt;text</c> per line, label ∈ {positive, negative, neutral}.</summary>
public static class ToneExamples
{
    /// <summary>Reads a <c>train.tsv</c>; a line without a tab or with another label is reported and skipped, never guessed.</summary>
    public static IReadOnlyList<ToneExample> Read(TextReader reader, Action<string>? reportSkipped = null)
    {
        var examples = new List<ToneExample>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var tone = tab < 0 ? null : ToneLabels.Parse(line[..tab]);
            var text = tab < 0 ? "" : line[(tab + 1)..].Trim();
            if (tone is null || text.Length == 0)
            {
                reportSkipped?.Invoke(string.Create(CultureInfo.InvariantCulture, $"line {number}: expected 'label<TAB>text' with label positive, negative or neutral"));
                continue;
            }
            examples.Add(new ToneExample(tone.Value, text));
        }
        return examples;
    }

    /// <summary>
    /// Splits off <paramref name="share"/> of each tone's examples (picked by a seeded shuffle), so the held-out part
    /// has the set's label mix and the same seed always gives the same split.
    /// </summary>
    public static (IReadOnlyList<ToneExample> Train, IReadOnlyList<ToneExample> HeldOut) SplitStratified(
        IReadOnlyList<ToneExample> examples, double share, int seed)
    {
        var random = new Random(seed);
        var train = new List<ToneExample>();
        var heldOut = new List<ToneExample>();
        foreach (var group in examples.GroupBy(e => e.Tone).OrderBy(g => g.Key))
        {
            var items = group.ToArray();
            random.Shuffle(items);
            var cut = (int)Math.Round(items.Length * share);
            heldOut.AddRange(items[..cut]);
            train.AddRange(items[cut..]);
        }
        return (train, heldOut);
    }

    /// <summary>Stratified folds: fold k holds every k-th example of each tone after a seeded shuffle.</summary>
    public static IReadOnlyList<(IReadOnlyList<ToneExample> Train, IReadOnlyList<ToneExample> HeldOut)> Folds(
        IReadOnlyList<ToneExample> examples, int folds, int seed)
    {
        var random = new Random(seed);
        var foldOf = new Dictionary<ToneExample, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in examples.GroupBy(e => e.Tone).OrderBy(g => g.Key))
        {
            var items = group.ToArray();
            random.Shuffle(items);
            for (var i = 0; i < items.Length; i++) foldOf[items[i]] = i % folds;
        }
        return
        [
            .. Enumerable.Range(0, folds).Select(k => (
                (IReadOnlyList<ToneExample>)[.. examples.Where(e => foldOf[e] != k)],
                (IReadOnlyList<ToneExample>)[.. examples.Where(e => foldOf[e] == k)])),
        ];
    }
}
