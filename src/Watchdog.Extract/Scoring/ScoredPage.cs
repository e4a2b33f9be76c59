namespace Watchdog.Extract.Scoring;

/// <summary>
/// The page's blocks with their weights and, per block, the depth of the innermost layout furniture
/// around it (<see cref="NoFurniture"/> when none): everything the container search and the filter need.
/// </summary>
public sealed record ScoredPage(BlockLayout Layout, double[] Weights, int[] FurnitureDepths, ExtractionParameters Parameters)
{
    public const int NoFurniture = -1;

    /// <summary>
    /// An element named like furniture that holds at least this share of the page's prose is a
    /// wrapper with an unlucky name ("theiaStickySidebar", "widget Blog", "elementor-widget-container").
    /// </summary>
    public const double WrapperShareOfProse = 0.4;

    public IReadOnlyList<TextBlock> Blocks => Layout.Blocks;

    public bool IsInFurniture(int block) => FurnitureDepths[block] != NoFurniture;

    /// <summary>A block's weight as the container search counts it: prose inside furniture is discounted.</summary>
    public double EffectiveWeight(int block)
    {
        var weight = Weights[block];
        return weight > 0 && IsInFurniture(block) ? weight * Parameters.FurnitureProseFactor : weight;
    }

    /// <summary>Whether the block sits in furniture nested inside an element at <paramref name="depth"/>.</summary>
    public bool IsInFurnitureBelow(int block, int depth) => FurnitureDepths[block] > depth;

    public static ScoredPage From(BlockLayout layout, double[] weights, ExtractionParameters? parameters = null)
    {
        var totalProse = weights.Where(w => w > 0).Sum();
        var depths = new int[layout.Blocks.Count];
        Array.Fill(depths, NoFurniture);
        foreach (var span in layout.LayoutSpans)
        {
            var prose = 0.0;
            for (var i = span.Start; i < span.End; i++) prose += Math.Max(0, weights[i]);
            if (totalProse > 0 && prose >= totalProse * WrapperShareOfProse) continue;
            for (var i = span.Start; i < span.End; i++) depths[i] = Math.Max(depths[i], span.Depth);
        }
        return new ScoredPage(layout, weights, depths, parameters ?? ExtractionParameters.Default);
    }
}
