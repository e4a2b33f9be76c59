namespace Watchdog.Extract;

/// <summary>Limits that keep one bad page from costing the pipeline more than it is worth.</summary>
public sealed record ExtractionOptions
{
    /// <summary>
    /// Wall-clock budget for one page. Typical pages take a few milliseconds; a page that needs
    /// seconds is pathological, and what was found so far is returned with a Problem. Generous
    /// because the first pages after start-up also pay for JIT compilation on a possibly busy machine.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Longest HTML (in characters) that is parsed; the rest is cut off and the cut is reported.
    /// Real articles are far below this; pages above it are mostly inline data.
    /// </summary>
    public int MaxHtmlLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>The tuned thresholds of the container search (defaults: chosen as the bench's cross-validation describes).</summary>
    public ExtractionParameters Parameters { get; init; } = ExtractionParameters.Default;

    public static ExtractionOptions Default { get; } = new();
}
