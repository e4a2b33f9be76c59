namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>Settings of one training run; the defaults are what the shipped models were trained with.</summary>
/// <param name="Epochs">Passes over the training sentences (chosen on the dev parts, see the Analysis README).</param>
/// <param name="Seed">Seeds the shuffle of sentences before each pass, so a run is reproducible.</param>
/// <param name="PruneBelow">Averaged weights smaller than this are dropped: they change almost no decision and would triple the model.</param>
public sealed record TrainingSettings(int Epochs = 8, int Seed = 13, float PruneBelow = 0.05f);

/// <summary>
/// Trains a <see cref="PerceptronModel"/>: a greedy averaged perceptron (Collins 2002; the weights are averaged over
/// every update, which regularises the model), decoding with its own predicted tags as history, as tagging will.
/// </summary>
public static class PerceptronTrainer
{
    public static PerceptronModel Train(IReadOnlyList<TaggedSentence> sentences, string language, TrainingSettings settings)
    {
        var state = new Dictionary<uint, Weights>();
        var prepared = sentences.Select(s => (Features: new SentenceFeatures(s.Tokens, language), Gold: s.Tags.Select(EntityLabels.IndexOf).ToArray())).ToList();
        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var step = 0;
        var scores = new float[EntityLabels.Count];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, gold) = prepared[index];
                // Decoded with the weights as they are, the predicted tags being the history, as at tagging time.
                var predicted = new int[gold.Length];
                var active = new List<uint>(64);
                for (var i = 0; i < gold.Length; i++)
                {
                    step++;
                    GreedyDecoder.Collect(features, i, i > 0 ? predicted[i - 1] : 0, i > 1 ? predicted[i - 2] : 0, active);
                    Array.Clear(scores);
                    foreach (var f in active) if (state.TryGetValue(f, out var w)) w.AddTo(scores);
                    var guess = GreedyDecoder.Best(scores, i > 0 ? predicted[i - 1] : 0);
                    if (guess != gold[i])
                    {
                        foreach (var f in active)
                        {
                            if (!state.TryGetValue(f, out var w)) state[f] = w = new Weights();
                            w.Update(gold[i], 1, step);
                            w.Update(guess, -1, step);
                        }
                    }
                    predicted[i] = guess;
                }
            }
        }
        var averaged = new Dictionary<uint, float[]>();
        foreach (var (feature, w) in state)
        {
            var values = w.Average(step, settings.PruneBelow);
            if (values.Any(v => v != 0)) averaged[feature] = values;
        }
        return PerceptronModel.FromWeights(language, averaged);
    }

    /// <summary>One feature's weights with the running sums that averaging needs (updated lazily, at each change).</summary>
    private sealed class Weights
    {
        private readonly float[] _current = new float[EntityLabels.Count];
        private readonly double[] _totals = new double[EntityLabels.Count];
        private readonly int[] _since = new int[EntityLabels.Count];

        public void AddTo(float[] scores)
        {
            for (var label = 0; label < scores.Length; label++) scores[label] += _current[label];
        }

        public void Update(int label, float change, int step)
        {
            _totals[label] += (step - _since[label]) * (double)_current[label];
            _since[label] = step;
            _current[label] += change;
        }

        public float[] Average(int steps, float pruneBelow)
        {
            var average = new float[EntityLabels.Count];
            for (var label = 0; label < average.Length; label++)
            {
                var value = (float)((_totals[label] + (steps - _since[label]) * (double)_current[label]) / steps);
                average[label] = Math.Abs(value) < pruneBelow ? 0 : value;
            }
            return average;
        }
    }
}
