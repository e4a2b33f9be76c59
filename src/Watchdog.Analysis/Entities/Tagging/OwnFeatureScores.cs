using System.Runtime.InteropServices;

namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>
/// The summed weights of each word form's own features (<see cref="WordFeatures.Own"/>), remembered for one text:
/// every token's score starts with its word's own features, and a news text repeats most of its words, so each form's
/// own features are looked up in the model once per text rather than once per occurrence. The sums are the very floats
/// scoring them afresh would give (they are added first, from zero, in the same order), so the tags do not change.
/// Serves one text at a time, tagged by one model (<see cref="Clear"/> between texts); not thread-safe.
/// </summary>
internal sealed class OwnFeatureScores
{
    private readonly Dictionary<WordFeatures, int> _offsets = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each remembered word's sums one after another, one per label, from its offset.</summary>
    private readonly List<float> _sums = [];

    /// <summary>How many word forms are remembered.</summary>
    public int Count => _offsets.Count;

    /// <summary>Forgets every word, keeping the room: one instance serves text after text on a thread.</summary>
    public void Clear()
    {
        _offsets.Clear();
        _sums.Clear();
    }

    /// <summary>Adds the own features' weights of <paramref name="word"/> to <paramref name="scores"/> (all zero on entry).</summary>
    /// <param name="own">The word's own features, as they open its token's feature list.</param>
    public void AddTo(WordFeatures word, ReadOnlySpan<uint> own, ScoreFeatures score, Span<float> scores)
    {
        ref var offset = ref CollectionsMarshal.GetValueRefOrAddDefault(_offsets, word, out var known);
        if (known)
        {
            CollectionsMarshal.AsSpan(_sums).Slice(offset, scores.Length).CopyTo(scores);
            return;
        }
        score(own, scores);
        offset = _sums.Count;
        _sums.AddRange((ReadOnlySpan<float>)scores);
    }
}
