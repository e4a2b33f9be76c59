using System.Globalization;
using Watchdog.Analysis;

namespace Watchdog.Storage.Search;

/// <summary>
/// What an index was built with — the analysis version (<see cref="AnalysisVersion"/>) and the document layout
/// (<see cref="ArticleDocument.LayoutVersion"/>) — as kept in its Lucene commit user data. An index built with other
/// versions holds keys today's queries no longer produce, so it must be cleared and every article indexed again.
/// </summary>
internal static class IndexBuild
{
    public const string AnalysisKey = "watchdog.analysis-version";
    public const string LayoutKey = "watchdog.document-layout";

    public static Dictionary<string, string> Current() => new(StringComparer.Ordinal)
    {
        [AnalysisKey] = AnalysisVersion.Current.ToString(CultureInfo.InvariantCulture),
        [LayoutKey] = ArticleDocument.LayoutVersion.ToString(CultureInfo.InvariantCulture),
    };

    /// <param name="commitData">The user data of the index's last commit.</param>
    /// <param name="documents">Documents in the index: a new, empty index without versions needs no rebuild.</param>
    /// <returns>null when the index is current; else what it was built with, for the log.</returns>
    public static string? OutdatedBy(IDictionary<string, string>? commitData, int documents)
    {
        var analysis = commitData?.TryGetValue(AnalysisKey, out var a) == true ? a : null;
        var layout = commitData?.TryGetValue(LayoutKey, out var l) == true ? l : null;
        if (analysis is null && layout is null) return documents > 0 ? "no recorded analysis version" : null;
        var current = Current();
        if (analysis != current[AnalysisKey]) return $"analysis version {analysis ?? "none"} (now {current[AnalysisKey]})";
        if (layout != current[LayoutKey]) return $"document layout {layout ?? "none"} (now {current[LayoutKey]})";
        return null;
    }
}
