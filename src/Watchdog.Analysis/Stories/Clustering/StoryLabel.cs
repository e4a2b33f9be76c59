namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>Chooses the words that name a story: its heaviest centroid terms, in their commonest written form.</summary>
internal static class StoryLabel
{
    /// <summary>Terms below this share of the top term's weight are left out once the label has <see cref="MinimumTerms"/>.</summary>
    public const double RelativeWeightFloor = 0.35;

    public const int MinimumTerms = 3;

    public static IReadOnlyList<string> Of(StoryCentroid centroid, SurfaceForms surfaces, DocumentFrequencies frequencies, int maxTerms)
    {
        var label = new List<string>();
        double top = 0;
        var ranked = centroid.Ranked(frequencies);
        while (ranked.TryTake(out var next))
        {
            var (position, term, weight) = next;
            if (label.Count >= maxTerms) break;
            // Anchors are keys (n:tkv, #40), not words a reader would recognise.
            if (term.IsShared) continue;
            if (label.Count == 0) top = weight;
            else if (label.Count >= MinimumTerms && weight < RelativeWeightFloor * top) break;
            var surface = surfaces.MostFrequent(position, term.Stem);
            if (!label.Contains(surface, StringComparer.Ordinal)) label.Add(surface);
        }
        return label;
    }
}
