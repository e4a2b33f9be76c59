namespace Watchdog.Extract.Metadata;

/// <summary>
/// Takes the site name off a page title ("Headline | Site", "Site — Headline"). The headline is the
/// part that matches the page's own h1, else the part that is not the site name, else the longest.
/// </summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " » ", " · ", " / "];

    public static string? Clean(string? title, string? siteName, string? heading)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var trimmed = Collapse(title);
        if (heading is not null && trimmed.Contains(Collapse(heading), StringComparison.OrdinalIgnoreCase)) return Collapse(heading);
        foreach (var separator in Separators)
        {
            if (!trimmed.Contains(separator, StringComparison.Ordinal)) continue;
            var parts = trimmed.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var notSite = parts.Where(p => siteName is null || !IsSiteName(p, siteName)).ToList();
            if (notSite.Count == 0) continue;
            return notSite.MaxBy(p => p.Length);
        }
        return trimmed;
    }

    private static bool IsSiteName(string part, string siteName) =>
        part.Equals(siteName, StringComparison.OrdinalIgnoreCase)
        || siteName.Contains(part, StringComparison.OrdinalIgnoreCase)
        || part.Contains(siteName, StringComparison.OrdinalIgnoreCase) && part.Length < siteName.Length + 10;

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
